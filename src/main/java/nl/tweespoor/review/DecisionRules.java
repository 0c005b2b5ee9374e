package nl.tweespoor.review;

import java.util.Map;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** What a decision needs (PRODUCT.md §4); plain Java, testable without a database. */
final class DecisionRules {

    /** SCALE moves a programme one stage on. */
    static final Map<Stage, Stage> NEXT_STAGE = Map.of(
            Stage.IDEA,
            Stage.DISCOVERY,
            Stage.DISCOVERY,
            Stage.PILOT,
            Stage.PILOT,
            Stage.SCALE,
            Stage.SCALE,
            Stage.RUN);

    private DecisionRules() {}

    static void check(DecisionDraft draft, @Nullable Track track, @Nullable Stage stage) {
        if (draft.decision() == null) {
            throw new InvalidInputException("review.decision-required");
        }
        if (blank(draft.reason())) {
            throw new InvalidInputException("review.reason-required");
        }
        if (draft.decision() == Decision.PROMOTE && !allowedOn(track, Decision.PROMOTE)) {
            throw new InvalidInputException("review.promote-experiments-only");
        }
        if (draft.decision() == Decision.PROMOTE && stage != Stage.RUNNING && stage != Stage.CONCLUDED) {
            throw new InvalidInputException("promotion.not-possible");
        }
        if (draft.decision() == Decision.SCALE
                && (!allowedOn(track, Decision.SCALE) || !NEXT_STAGE.containsKey(stage))) {
            throw new InvalidInputException("review.scale-programmes-only");
        }
        if (draft.decision() == Decision.ADJUST && blank(draft.conditions())) {
            throw new InvalidInputException("review.conditions-required");
        }
        if (draft.decision() == Decision.STOP && blank(draft.learned())) {
            throw new InvalidInputException("review.learned-required");
        }
        Drafts.check(draft);
    }

    private static boolean allowedOn(@Nullable Track track, Decision decision) {
        return track != null && Decision.allowedFor(track).contains(decision);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
