package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Rag;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;

/**
 * The months before the recent updates: every item that was active wrote an update about every month of its life in
 * the story, its RAG following the item's arc (a slip and a recovery, a slow slide to red) and its spend the share of
 * the quarter's plan spent so far. Items that ended close with a last word from their owner.
 */
final class StatusHistory extends Chapter {

    private static final int MONTH = 30;

    /** Each item's RAG over its life, oldest first; the last entry is the one just before its recent updates. */
    private static final Map<String, List<Rag>> ARCS = Map.ofEntries(
            Map.entry("fraud", List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.RED, Rag.AMBER)),
            Map.entry("claims", List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.GREEN)),
            Map.entry("chat-mkt", List.of(Rag.AMBER)),
            Map.entry("cashflow", List.of(Rag.GREEN, Rag.AMBER)),
            Map.entry("code-review", List.of(Rag.GREEN, Rag.AMBER)),
            Map.entry("chat-hr", List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER)),
            Map.entry("acceptance", List.of(Rag.AMBER, Rag.AMBER, Rag.GREEN)),
            Map.entry("documents", List.of(Rag.GREEN, Rag.AMBER, Rag.GREEN)),
            Map.entry("notes-hr", List.of(Rag.GREEN, Rag.AMBER, Rag.RED)),
            Map.entry("telematics", List.of(Rag.AMBER, Rag.AMBER, Rag.RED)),
            Map.entry("fin-invoice", List.of(Rag.AMBER, Rag.AMBER)));

    private static final List<List<Rag>> USUAL_ARCS = List.of(
            List.of(Rag.GREEN),
            List.of(Rag.GREEN, Rag.AMBER, Rag.AMBER, Rag.GREEN, Rag.GREEN),
            List.of(Rag.AMBER, Rag.GREEN, Rag.GREEN));

    StatusHistory(Story story) {
        super(story);
    }

    @Override
    void tell() {
        var recent = db.select(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.CREATED_AT, STATUS_UPDATE.PROGRESS_PCT)
                .distinctOn(STATUS_UPDATE.INITIATIVE_ID)
                .from(STATUS_UPDATE)
                .orderBy(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.CREATED_AT)
                .fetchMap(STATUS_UPDATE.INITIATIVE_ID);
        var planned = db.select(BUDGET_LINE.INITIATIVE_ID, BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED)
                .from(BUDGET_LINE)
                .fetchMap(row -> row.value1() + "/" + row.value2(), Record3::value3);
        for (var life : Lifespans.of(this).values()) {
            if (life.everActive()) {
                tellMonths(life, recent.get(life.id()), planned);
            }
        }
    }

    private void tellMonths(
            Lifespan life,
            @Nullable Record3<Long, OffsetDateTime, Integer> firstRecent,
            Map<String, BigDecimal> planned) {
        var stopBefore =
                firstRecent == null ? life.until() : firstRecent.value2().minusDays(MONTH - 5L);
        var moments = new ArrayList<OffsetDateTime>();
        int wobble = Math.floorMod(life.key().hashCode(), 5);
        for (var moment = life.from().plusDays(wobble);
                !moment.isAfter(stopBefore);
                moment = moment.plusDays(MONTH + (moments.size() % 3) - 1L)) {
            moments.add(moment);
        }
        boolean closing = firstRecent == null;
        if (closing
                && (moments.isEmpty() || moments.getLast().isBefore(life.until().minusDays(10)))) {
            moments.add(life.until());
        }
        int finalProgress = firstRecent != null ? firstRecent.value3() : closingProgress(life.stage());
        var arc = ARCS.getOrDefault(
                life.key(), USUAL_ARCS.get(Math.floorMod(life.key().hashCode(), USUAL_ARCS.size())));
        int count = moments.size();
        for (int i = 0; i < count; i++) {
            boolean last = closing && i == count - 1;
            var rag =
                    last && life.stage() != Stage.STOPPED ? Rag.GREEN : arc.get(Math.max(0, arc.size() - (count - i)));
            int progress = last ? finalProgress : Math.max(5, finalProgress * (i + 1) / (count + 1));
            var moment = moments.get(i);
            var quarter = Quarter.of(moment.toLocalDate());
            var plan = planned.get(life.id() + "/" + quarter);
            var words = last ? Words.closing(life.stage(), life.experiment()) : Words.month(rag, i);
            db.insertInto(STATUS_UPDATE)
                    .set(STATUS_UPDATE.INITIATIVE_ID, life.id())
                    .set(STATUS_UPDATE.AUTHOR_ID, life.ownerId())
                    .set(STATUS_UPDATE.RAG, rag)
                    .set(STATUS_UPDATE.PROGRESS_PCT, progress)
                    .set(STATUS_UPDATE.QUARTER, quarter.toString())
                    .set(STATUS_UPDATE.SPEND, plan == null ? null : spentSoFar(life.key(), plan, quarter, moment))
                    .set(STATUS_UPDATE.SUMMARY, words.summary())
                    .set(STATUS_UPDATE.RISKS, words.risks())
                    .set(STATUS_UPDATE.NEXT_STEPS, words.nextSteps())
                    .set(STATUS_UPDATE.CREATED_AT, moment)
                    .execute();
        }
    }

    private static int closingProgress(Stage stage) {
        return stage == Stage.STOPPED ? 35 : 100;
    }

    /** The share of the quarter's plan spent by that day, at the item's usual rate, in hundreds of euros. */
    private static BigDecimal spentSoFar(String key, BigDecimal plan, Quarter quarter, OffsetDateTime moment) {
        double share = Math.clamp(quarter.elapsedAt(moment.toLocalDate().plusDays(1)), 0.05, 1);
        long euros = Math.round(plan.doubleValue() * Budgets.spendRatio(key) * share / 100) * 100;
        return BigDecimal.valueOf(euros);
    }
}
