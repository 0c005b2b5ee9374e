package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.journey.ItemJourney;
import nl.tweespoor.status.ItemSignals;
import org.jspecify.annotations.Nullable;

/** One item on a review's agenda with its evidence on one screen, and the decision recorded so far (or null). */
public record AgendaItem(
        long initiativeId,
        String track,
        String title,
        String stage,
        String owner,
        ItemSignals signals,
        @Nullable String lastSummary,
        List<String> ragTrend,
        BigDecimal plannedYear,
        BigDecimal actualYear,
        String outcomes,
        List<DecisionRow> previousDecisions,
        @Nullable DecisionRow decision,
        List<HighRisk> openHighRisks,
        @Nullable ItemJourney journey) {

    public boolean flagged() {
        return signals.flagged();
    }

    /** An open risk from the item's register with likelihood × impact of 15 or more. */
    public record HighRisk(String description, int likelihood, int impact) {

        public int score() {
            return likelihood * impact;
        }
    }
}
