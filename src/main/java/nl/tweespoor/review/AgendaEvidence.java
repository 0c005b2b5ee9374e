package nl.tweespoor.review;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.tweespoor.journey.JourneyService;
import nl.tweespoor.status.ItemSignals;
import org.springframework.stereotype.Component;

/**
 * The evidence a board weighs per item — last status and RAG trend, budget of the year, outcomes, open high risks,
 * the principles' state, earlier decisions — with this review's decision, for the given items in a fixed number of statements.
 */
@Component
class AgendaEvidence {

    private final EvidenceQueries evidence;
    private final AgendaQueries queries;
    private final JourneyService journeys;

    AgendaEvidence(EvidenceQueries evidence, AgendaQueries queries, JourneyService journeys) {
        this.evidence = evidence;
        this.queries = queries;
        this.journeys = journeys;
    }

    /** The items in the order of {@code ids}. */
    List<AgendaItem> of(long reviewId, List<Long> ids, Map<Long, ItemSignals> signals) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var updates = evidence.recentUpdates(ids);
        var budget = evidence.yearBudget(ids, Year.now().getValue());
        var kpis = evidence.kpiLines(ids);
        var highRisks = evidence.openHighRisks(ids);
        var principles = evidence.principles(ids);
        var decisions = queries.decisionsOf(ids);
        // the journey each item names, with its signals ("redesign promised, nothing funded", …): one statement
        var onJourneys = journeys.ofItems(ids);
        var byId = new HashMap<Long, AgendaItem>();
        for (var item : evidence.items(ids)) {
            long id = item.id();
            var recent = updates.getOrDefault(id, List.of());
            var money = budget.getOrDefault(id, EvidenceQueries.Money.NONE);
            var all = decisions.getOrDefault(id, List.of());
            byId.put(
                    id,
                    // An agenda item holds the names: it is the JSON kept as evidence at closing, read back as is.
                    new AgendaItem(
                            id,
                            item.track().name(),
                            item.title(),
                            item.stage().name(),
                            item.owner(),
                            item.department(),
                            AgendaFlagSql.of(signals, id),
                            recent.isEmpty() ? null : recent.get(0).summary(),
                            recent.stream().map(u -> u.rag().name()).toList(),
                            money.planned(),
                            money.actual(),
                            outcomes(item, kpis.getOrDefault(id, List.of())),
                            all.stream().filter(d -> d.reviewId() != reviewId).toList(),
                            all.stream()
                                    .filter(d -> d.reviewId() == reviewId)
                                    .findFirst()
                                    .orElse(null),
                            highRisks.getOrDefault(id, List.of()),
                            onJourneys.get(id),
                            principles.getOrDefault(id, AgendaItem.Principles.NONE),
                            AgendaItem.Evidence.LIVE));
        }
        return ids.stream()
                .map(id -> Objects.requireNonNull(byId.get(id), "item not found"))
                .toList();
    }

    private static String outcomes(EvidenceQueries.Item item, List<String> kpis) {
        if (!kpis.isEmpty()) {
            return String.join("; ", kpis);
        }
        var parts = new ArrayList<String>();
        var hours = item.hoursSavedPerWeek();
        if (hours != null) {
            parts.add(hours.stripTrailingZeros().toPlainString() + " h/wk");
        }
        var adoption = item.adoptionPct();
        if (adoption != null) {
            parts.add(adoption.stripTrailingZeros().toPlainString() + "%");
        }
        var satisfaction = item.satisfaction();
        if (satisfaction != null) {
            parts.add(satisfaction.toPlainString() + "/5");
        }
        return String.join(" · ", parts);
    }
}
