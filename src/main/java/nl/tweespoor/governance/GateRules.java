package nl.tweespoor.governance;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.stage.Stage;

/**
 * The gate of PRODUCT.md §4 as plain rules. PROHIBITED items only ever stop. A programme enters PILOT or later only
 * with every active principle assessed and none GAP (a leader may override that); a HIGH-risk programme also needs
 * every HUMAN_ROLE and EXPLAINABILITY principle at MEETS, which nobody can override.
 */
public final class GateRules {

    static final Set<Stage> GATED = EnumSet.of(Stage.PILOT, Stage.SCALE, Stage.RUN, Stage.COMPLETED);
    private static final Set<PrincipleCategory> HIGH_RISK_CATEGORIES =
            EnumSet.of(PrincipleCategory.HUMAN_ROLE, PrincipleCategory.EXPLAINABILITY);

    private GateRules() {}

    /** The refusal for this move, or empty when the gate is open. */
    public static Optional<GateRefusedException> refusal(
            Track track, Stage target, String riskClass, List<PrincipleStanding> principles) {
        if ("PROHIBITED".equals(riskClass) && target != Stage.STOPPED) {
            return Optional.of(new GateRefusedException(false, "gate.prohibited"));
        }
        if (track != Track.STRATEGIC || !GATED.contains(target)) {
            return Optional.empty();
        }
        var stage = "stage." + target.name();
        if ("HIGH".equals(riskClass)) {
            var notMet = codes(
                    principles,
                    p -> HIGH_RISK_CATEGORIES.contains(p.category()) && p.result() != AssessmentResult.MEETS);
            if (!notMet.isEmpty()) {
                return Optional.of(new GateRefusedException(false, "gate.high-risk", stage, notMet));
            }
        }
        var unassessed = codes(principles, p -> p.result() == null);
        var gaps = codes(principles, p -> p.result() == AssessmentResult.GAP);
        if (!unassessed.isEmpty() && !gaps.isEmpty()) {
            return Optional.of(new GateRefusedException(true, "gate.unassessed-and-gaps", stage, unassessed, gaps));
        }
        if (!unassessed.isEmpty()) {
            return Optional.of(new GateRefusedException(true, "gate.unassessed", stage, unassessed));
        }
        if (!gaps.isEmpty()) {
            return Optional.of(new GateRefusedException(true, "gate.gaps", stage, gaps));
        }
        return Optional.empty();
    }

    private static String codes(List<PrincipleStanding> principles, Predicate<PrincipleStanding> which) {
        return String.join(
                ", ",
                principles.stream()
                        .filter(which)
                        .map(PrincipleStanding::code)
                        .sorted()
                        .toList());
    }
}
