package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static nl.tweespoor.db.Tables.RESERVE_OVERRIDE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.JSONB;
import org.jooq.JSONFormat;
import org.jooq.TableRecord;

/**
 * This year's redesign reserve. The leader set it before the year began; three weeks ago the leader let Automatische
 * polisacceptatie's plan for this quarter through past it, with a reason; last week, a redesign having slipped a
 * quarter, she lowered it. What optimising may still plan now is {@link #ROOM}: one more optimise plan of a quarter's
 * size (Fraudedetectie bij schademeldingen's next 110,000, say) is refused.
 */
final class RedesignReserve extends Chapter {

    /** What optimising may still plan this year once the story is told. */
    static final BigDecimal ROOM = BigDecimal.valueOf(20_000);

    /** The optimise item whose plan the leader let through past the reserve, and by how much it went up. */
    static final String OVERRIDDEN = "acceptance";

    static final BigDecimal OVERRIDDEN_INCREASE = BigDecimal.valueOf(15_000);

    /** How much room optimising had when the plan was let through. */
    static final BigDecimal ROOM_THEN = BigDecimal.valueOf(5_000);

    static final String REASON = "Contractueel toegezegd aan de volmachtpartners voor de zomer; het herontwerp van "
            + "de schadereis loopt een kwartaal uit, dus de reserve wordt volgend kwartaal verlaagd.";

    private final Trail trail;

    RedesignReserve(Story story) {
        super(story);
        this.trail = new Trail(story.db);
    }

    @Override
    void tell() {
        int year = current.year();
        var envelopes = db.select(coalesce(sum(BUDGET_ENVELOPE.AMOUNT), BigDecimal.ZERO))
                .from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchSingle()
                .value1();
        var optimising = db.select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(INITIATIVE.AMBITION.eq("OPTIMISE"), BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .fetchSingle()
                .value1();
        // Before the override, optimising planned the increase less, and had ROOM_THEN left under the first reserve.
        var first = envelopes.subtract(optimising.subtract(OVERRIDDEN_INCREASE)).subtract(ROOM_THEN);
        var lowered = envelopes.subtract(optimising).subtract(ROOM).max(BigDecimal.ZERO);
        var leader = user("leader");

        var setAt = LocalDate.of(year, 1, 1).minusDays(30).atTime(10, 0).atOffset(now.getOffset());
        db.insertInto(REDESIGN_RESERVE)
                .set(REDESIGN_RESERVE.YEAR, year)
                .set(REDESIGN_RESERVE.AMOUNT, first)
                .set(REDESIGN_RESERVE.VERSION, 1)
                .execute();
        trail.one(
                setAt,
                leader,
                "RESERVE_SET",
                "redesign_reserve",
                (long) year,
                null,
                "Redesign reserve " + year + ": " + first,
                null,
                snapshot(stored(year)));

        long item = java.util.Objects.requireNonNull(items.get(OVERRIDDEN), OVERRIDDEN);
        var title = db.select(INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(item))
                .fetchSingle()
                .value1();
        var decidedAt = now.minusDays(20);
        var override = db.insertInto(RESERVE_OVERRIDE)
                .set(RESERVE_OVERRIDE.INITIATIVE_ID, item)
                .set(RESERVE_OVERRIDE.YEAR, year)
                .set(RESERVE_OVERRIDE.PLANNED, OVERRIDDEN_INCREASE)
                .set(RESERVE_OVERRIDE.ROOM_LEFT, ROOM_THEN)
                .set(RESERVE_OVERRIDE.REASON, REASON)
                .set(RESERVE_OVERRIDE.DECIDED_BY, leader)
                .set(RESERVE_OVERRIDE.DECIDED_AT, decidedAt)
                .returning()
                .fetchSingle();
        trail.one(
                decidedAt,
                leader,
                "RESERVE_OVERRIDDEN",
                "reserve_override",
                override.getId(),
                item,
                title + " " + year + ": +" + OVERRIDDEN_INCREASE + " past the redesign reserve (room left " + ROOM_THEN
                        + "): " + REASON,
                null,
                snapshot(override));

        var before = snapshot(stored(year));
        db.update(REDESIGN_RESERVE)
                .set(REDESIGN_RESERVE.AMOUNT, lowered)
                .set(REDESIGN_RESERVE.VERSION, 2)
                .where(REDESIGN_RESERVE.YEAR.eq(year))
                .execute();
        trail.one(
                now.minusDays(6),
                leader,
                "RESERVE_SET",
                "redesign_reserve",
                (long) year,
                null,
                "Redesign reserve " + year + ": " + lowered,
                before,
                snapshot(stored(year)));
    }

    private TableRecord<?> stored(int year) {
        return db.selectFrom(REDESIGN_RESERVE)
                .where(REDESIGN_RESERVE.YEAR.eq(year))
                .fetchSingle();
    }

    /** The row as the services' audit log keeps it: a JSON object of its columns. */
    private static JSONB snapshot(TableRecord<?> row) {
        return JSONB.valueOf(
                row.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT)));
    }
}
