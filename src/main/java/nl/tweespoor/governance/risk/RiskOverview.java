package nl.tweespoor.governance.risk;

import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/**
 * The portfolio by AI risk class: how many active and how many proposed items each track has per class, how many
 * HIGH and PROHIBITED items there are (listed a page at a time by the service) and how many of them are a breach.
 */
public record RiskOverview(
        Map<Track, Map<RiskClass, Integer>> active,
        Map<Track, Map<RiskClass, Integer>> proposed,
        int riskyCount,
        int breaches) {

    public int active(Track track, RiskClass riskClass) {
        return active.getOrDefault(track, Map.of()).getOrDefault(riskClass, 0);
    }

    public int proposed(Track track, RiskClass riskClass) {
        return proposed.getOrDefault(track, Map.of()).getOrDefault(riskClass, 0);
    }

    public int maxActive() {
        return active.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    /** A HIGH or PROHIBITED item; a breach is a PROHIBITED item past the proposal stage and not stopped. */
    public record RiskyItem(
            long id,
            Track track,
            String title,
            String department,
            Stage stage,
            RiskClass riskClass,
            String justification,
            int openHighRisks,
            boolean breach) {}
}
