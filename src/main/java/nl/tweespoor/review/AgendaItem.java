package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.journey.ItemJourney;
import nl.tweespoor.status.ItemSignals;
import org.jspecify.annotations.Nullable;

/**
 * One item on a review's agenda with its evidence on one screen, and the decision recorded so far (or null).
 * <p>
 * Closing a review keeps each item's evidence as this record's JSON (without the decision, which review_decision
 * keeps): renaming or retyping a component here needs a migration of review_item_evidence.evidence too. A component
 * added later is nullable and reads as null from evidence kept before it ({@code department}, issue 15's slides).
 */
public record AgendaItem(
        long initiativeId,
        String track,
        String title,
        String stage,
        String owner,
        @Nullable String department,
        ItemSignals signals,
        @Nullable String lastSummary,
        List<String> ragTrend,
        BigDecimal plannedYear,
        BigDecimal actualYear,
        String outcomes,
        List<DecisionRow> previousDecisions,
        @Nullable DecisionRow decision,
        List<HighRisk> openHighRisks,
        @Nullable ItemJourney journey,
        Principles principles,
        Evidence evidence) {

    public boolean flagged() {
        return signals.flagged();
    }

    AgendaItem withDecision(@Nullable DecisionRow decision) {
        return with(decision, evidence);
    }

    AgendaItem withEvidence(Evidence evidence) {
        return with(decision, evidence);
    }

    private AgendaItem with(@Nullable DecisionRow decision, Evidence evidence) {
        return new AgendaItem(
                initiativeId,
                track,
                title,
                stage,
                owner,
                department,
                signals,
                lastSummary,
                ragTrend,
                plannedYear,
                actualYear,
                outcomes,
                previousDecisions,
                decision,
                openHighRisks,
                journey,
                principles,
                evidence);
    }

    /** Where the evidence comes from: today's data (an open review), kept at closing, or not kept (closed earlier). */
    public enum Evidence {
        LIVE,
        KEPT,
        NOT_KEPT
    }

    /** An open risk from the item's register with likelihood × impact of 15 or more. */
    public record HighRisk(String description, int likelihood, int impact) {

        public int score() {
            return likelihood * impact;
        }
    }

    /** How the item stands against the active principles: met, gaps, not applicable and not yet assessed. */
    public record Principles(int meets, int gaps, int notApplicable, int unassessed) {

        public static final Principles NONE = new Principles(0, 0, 0, 0);
    }
}
