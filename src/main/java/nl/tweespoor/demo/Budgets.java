package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import nl.tweespoor.base.Quarter;

/** Envelopes per track, and planned and actual amounts per quarter of this year and next. */
final class Budgets extends Chapter {

    Budgets(Story story) {
        super(story);
    }

    @Override
    void tell() {
        int year = current.year();
        for (int y : List.of(year, year + 1)) {
            envelope("PERSONAL", y, 250_000);
            envelope("STRATEGIC", y, y == year ? 1_900_000 : 2_800_000);
        }
        // In the order written, so that the budget lines get the same ids on every load (Map.of iterates in an
        // order that differs between JVM runs).
        var quarterlyPlan = new LinkedHashMap<String, Integer>();
        quarterlyPlan.put("claims", 180_000);
        quarterlyPlan.put("proactive", 90_000);
        quarterlyPlan.put("routing", 60_000);
        quarterlyPlan.put("fraud", 110_000);
        quarterlyPlan.put("prevention", 40_000);
        quarterlyPlan.put("acceptance", 35_000);
        quarterlyPlan.put("cashflow", 45_000);
        quarterlyPlan.put("platform", 120_000);
        quarterlyPlan.forEach((key, amount) -> plan(key, amount, key.equals("fraud") ? 1.25 : 0.9));
        for (var key : List.of(
                "chat-ks",
                "chat-hr",
                "chat-mkt",
                "code-review",
                "img-mkt",
                "report-fin",
                "claims-summary",
                "ops-knowledge",
                "ks-translate",
                "it-meeting")) {
            plan(key, 6_000 + key.length() * 250, key.equals("chat-mkt") ? 1.4 : 0.95);
        }
    }

    private void envelope(String track, int year, long amount) {
        db.insertInto(BUDGET_ENVELOPE)
                .set(BUDGET_ENVELOPE.TRACK, track)
                .set(BUDGET_ENVELOPE.YEAR, year)
                .set(BUDGET_ENVELOPE.AMOUNT, BigDecimal.valueOf(amount))
                .execute();
    }

    /** Plans every quarter of the item's timebox within this year and next; past quarters get actuals. */
    private void plan(String key, int perQuarter, double spendRatio) {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(items.get(key)))
                .fetchSingle();
        var first = Quarter.parse(item.getStartQuarter());
        var last = Quarter.parse(item.getEndQuarter());
        var from = new Quarter(current.year(), 1);
        var to = new Quarter(current.year() + 1, 4);
        for (var q = first.compareTo(from) < 0 ? from : first;
                q.compareTo(last) <= 0 && q.compareTo(to) <= 0;
                q = q.plus(1)) {
            long actual = q.compareTo(current) <= 0 ? Math.round(perQuarter * spendRatio) : 0;
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, item.getId())
                    .set(BUDGET_LINE.QUARTER, q.toString())
                    .set(BUDGET_LINE.PLANNED, BigDecimal.valueOf(perQuarter))
                    .set(BUDGET_LINE.ACTUAL, BigDecimal.valueOf(actual))
                    .execute();
        }
    }
}
