package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;

/**
 * Envelopes per track for last year, this year and next, and the planned amount per quarter from the story's first
 * quarter to the end of next year. Actuals are what the owners' status updates said they spent (see Actuals).
 */
final class Budgets extends Chapter {

    Budgets(Story story) {
        super(story);
    }

    @Override
    void tell() {
        int year = current.year();
        envelope(Track.PERSONAL, year - 1, 180_000);
        envelope(Track.STRATEGIC, year - 1, 1_200_000);
        for (int y : List.of(year, year + 1)) {
            envelope(Track.PERSONAL, y, 250_000);
            envelope(Track.STRATEGIC, y, y == year ? 1_900_000 : 2_800_000);
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
        quarterlyPlan.forEach(this::plan);
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
            plan(key, 6_000 + key.length() * 250);
        }
    }

    /** How much of its plan an item spends: two of them overspend, which the flags and the review show. */
    static double spendRatio(String key) {
        return switch (key) {
            case "fraud" -> 1.25;
            case "chat-mkt" -> 1.4;
            default -> 0.9;
        };
    }

    /** An envelope, set by the leader some weeks before its year began (or yesterday, for next year's). */
    private void envelope(Track track, int year, long amount) {
        var id = db.insertInto(BUDGET_ENVELOPE)
                .set(BUDGET_ENVELOPE.TRACK, track)
                .set(BUDGET_ENVELOPE.YEAR, year)
                .set(BUDGET_ENVELOPE.AMOUNT, BigDecimal.valueOf(amount))
                .returning(BUDGET_ENVELOPE.ID)
                .fetchSingle(BUDGET_ENVELOPE.ID);
        var planned = LocalDate.of(year, 1, 1).minusDays(40).atTime(11, 0).atOffset(now.getOffset());
        new Trail(db)
                .one(
                        planned.isBefore(now) ? planned : now.minusDays(1),
                        user("leader"),
                        "ENVELOPE_SET",
                        "budget_envelope",
                        id,
                        null,
                        "Envelope " + track + " " + year + ": " + amount,
                        null,
                        null);
    }

    /** Plans every quarter of the item's timebox from the story's first quarter to the end of next year. */
    private void plan(String key, int perQuarter) {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(items.get(key)))
                .fetchSingle();
        var first = Quarter.parse(item.getStartQuarter());
        var last = Quarter.parse(item.getEndQuarter());
        var from = current.plus(-ReviewCalendar.closedReviews());
        var to = new Quarter(current.year() + 1, 4);
        for (var q = first.compareTo(from) < 0 ? from : first;
                q.compareTo(last) <= 0 && q.compareTo(to) <= 0;
                q = q.plus(1)) {
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, item.getId())
                    .set(BUDGET_LINE.QUARTER, q.toString())
                    .set(BUDGET_LINE.PLANNED, BigDecimal.valueOf(perQuarter))
                    .set(BUDGET_LINE.ACTUAL, BigDecimal.ZERO)
                    .execute();
        }
    }
}
