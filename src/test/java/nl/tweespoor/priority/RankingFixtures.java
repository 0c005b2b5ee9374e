package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static org.jooq.impl.DSL.min;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;

/** Data for ranking tests: the stored ranks of a track, the shown order, and many generated items in one statement. */
final class RankingFixtures {

    private RankingFixtures() {}

    /** Every stored rank of the track's items (open or not), by id; a null rank shows as null. */
    static Map<Long, BigDecimal> storedRanks(DSLContext db, Track track) {
        var ranks = new HashMap<Long, BigDecimal>();
        db.select(INITIATIVE.ID, INITIATIVE.PRIORITY_RANK)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track))
                .forEach(r -> ranks.put(r.value1(), r.value2()));
        return ranks;
    }

    /** The ids of the rows whose stored rank differs between two reads of {@link #storedRanks}. */
    static List<Long> changed(Map<Long, BigDecimal> before, Map<Long, BigDecimal> after) {
        return after.keySet().stream()
                .filter(id -> {
                    var a = before.get(id);
                    var b = after.get(id);
                    return a == null ? b != null : b == null || a.compareTo(b) != 0;
                })
                .sorted()
                .toList();
    }

    /** Sets the track's envelope of the year. */
    static void envelope(DSLContext db, Track track, int year, BigDecimal amount) {
        db.insertInto(BUDGET_ENVELOPE, BUDGET_ENVELOPE.TRACK, BUDGET_ENVELOPE.YEAR, BUDGET_ENVELOPE.AMOUNT)
                .values(track, year, amount)
                .onConflict(BUDGET_ENVELOPE.TRACK, BUDGET_ENVELOPE.YEAR)
                .doUpdate()
                .set(BUDGET_ENVELOPE.AMOUNT, amount)
                .execute();
    }

    /**
     * Stops every open personal item and adds one RUNNING experiment per planned amount, ranked in that order, each
     * planned in the year's second quarter with the ambition given for it; returns their ids.
     */
    static List<Long> onlyThesePersonal(
            DSLContext db, int year, String titlePrefix, List<String> ambitions, List<String> planned) {
        db.update(INITIATIVE)
                .set(INITIATIVE.STAGE, Stage.STOPPED)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL), INITIATIVE.STAGE.in(Stage.OPEN))
                .execute();
        long owner = db.select(min(APP_USER.ID)).from(APP_USER).fetchSingle().value1();
        long department =
                db.select(min(DEPARTMENT.ID)).from(DEPARTMENT).fetchSingle().value1();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < planned.size(); i++) {
            long id = db.insertInto(INITIATIVE)
                    .set(INITIATIVE.TRACK, Track.PERSONAL)
                    .set(INITIATIVE.TITLE, titlePrefix + i)
                    .set(INITIATIVE.LAYER, "OPERATIONAL")
                    .set(INITIATIVE.STAGE, Stage.RUNNING)
                    .set(INITIATIVE.AMBITION, ambitions.get(i))
                    .set(INITIATIVE.OWNER_ID, owner)
                    .set(INITIATIVE.DEPARTMENT_ID, department)
                    .set(INITIATIVE.PRIORITY_RANK, BigDecimal.valueOf(i + 1))
                    .returning(INITIATIVE.ID)
                    .fetchSingle()
                    .getId();
            db.insertInto(BUDGET_LINE)
                    .set(BUDGET_LINE.INITIATIVE_ID, id)
                    .set(BUDGET_LINE.QUARTER, year + "-Q2")
                    .set(BUDGET_LINE.PLANNED, new BigDecimal(planned.get(i)))
                    .execute();
            ids.add(id);
        }
        return ids;
    }

    /** No redesign reserve in the year (the demo may set one): the cut line is then the plain running total. */
    static void noReserve(DSLContext db, int year) {
        db.deleteFrom(REDESIGN_RESERVE).where(REDESIGN_RESERVE.YEAR.eq(year)).execute();
    }

    /** The track's open items in the order shown, from the service the page uses. */
    static List<Long> shownOrder(RankingService rankings, Track track, int year) {
        return rankings.page(track, year, 0, 500).stream().map(RankedItem::id).toList();
    }

    /**
     * Adds {@code count} open items to the track, rated and two in three of them ranked, each with planned budget in
     * every quarter of the year: set-based, in the caller's transaction.
     */
    static void addOpenItems(DSLContext db, Track track, int count, int year) {
        var stage = track == Track.PERSONAL ? "RUNNING" : "PILOT";
        db.execute("""
                insert into initiative (track, title, layer, stage, owner_id, department_id, score_value,
                    score_strategic_fit, score_feasibility, score_urgency, score_risk, priority_rank)
                select ?, 'Gegenereerd ' || ? || ' ' || g, 'OPERATIONAL', ?, (select min(id) from app_user),
                    (select min(id) from department), 1 + g % 5, 1 + (g * 7) % 5, 1 + (g * 3) % 5, 1 + (g * 11) % 5,
                    1 + (g * 13) % 5, case when g % 3 = 0 then null else 1000 + g end
                from generate_series(1, ?) g""", track.name(), track.name(), stage, count);
        db.execute("""
                insert into budget_line (initiative_id, quarter, planned)
                select i.id, ? || '-Q' || q, 1000 + i.id % 7 * 250
                from initiative i cross join generate_series(1, 4) q
                where i.title like 'Gegenereerd %' and i.track = ?""", String.valueOf(year), track.name());
    }
}
