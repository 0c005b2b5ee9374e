package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.status.ItemSignals;
import org.springframework.stereotype.Component;

/**
 * The evidence a board weighs per item — last status and RAG trend, budget of the year, outcomes, open high risks,
 * earlier decisions — with this review's decision, for the given items in a fixed number of statements.
 */
@Component
class AgendaEvidence {

    private final ReviewRepository repository;
    private final AgendaQueries queries;

    AgendaEvidence(ReviewRepository repository, AgendaQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    /** The items in the order of {@code ids}. */
    List<AgendaItem> of(long reviewId, List<Long> ids, Map<Long, ItemSignals> signals) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var updates = repository.recentUpdates(ids);
        var budget = repository.yearBudget(ids, Year.now().getValue());
        var kpis = repository.kpiLines(ids);
        var highRisks = repository.openHighRisks(ids);
        var decisions = queries.decisionsOf(ids);
        var byId = new HashMap<Long, AgendaItem>();
        for (var row : repository.items(ids)) {
            var item = row.into(INITIATIVE);
            long id = item.getId();
            var recent = updates.getOrDefault(id, List.of());
            var money = budget.getOrDefault(id, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            var all = decisions.getOrDefault(id, List.of());
            byId.put(
                    id,
                    new AgendaItem(
                            id,
                            item.getTrack(),
                            item.getTitle(),
                            item.getStage(),
                            row.get(APP_USER.DISPLAY_NAME),
                            signals.get(id),
                            recent.isEmpty() ? null : recent.get(0).get(STATUS_UPDATE.SUMMARY),
                            recent.stream().map(r -> r.get(STATUS_UPDATE.RAG)).toList(),
                            money[0],
                            money[1],
                            outcomes(item, kpis.getOrDefault(id, List.of())),
                            all.stream().filter(d -> d.reviewId() != reviewId).toList(),
                            all.stream()
                                    .filter(d -> d.reviewId() == reviewId)
                                    .findFirst()
                                    .orElse(null),
                            highRisks.getOrDefault(id, List.of())));
        }
        return ids.stream().map(byId::get).toList();
    }

    private static String outcomes(InitiativeRecord item, List<String> kpis) {
        if (!kpis.isEmpty()) {
            return String.join("; ", kpis);
        }
        var parts = new ArrayList<String>();
        if (item.getHoursSavedPerWeek() != null) {
            parts.add(item.getHoursSavedPerWeek().stripTrailingZeros().toPlainString() + " h/wk");
        }
        if (item.getAdoptionPct() != null) {
            parts.add(item.getAdoptionPct().stripTrailingZeros().toPlainString() + "%");
        }
        if (item.getSatisfaction() != null) {
            parts.add(item.getSatisfaction().toPlainString() + "/5");
        }
        return String.join(" · ", parts);
    }
}
