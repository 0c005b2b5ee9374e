package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;

/** Data for ranking tests: the stored ranks of a track, the shown order, and many generated items in one statement. */
final class RankingFixtures {

    private RankingFixtures() {}

    /** Every stored rank of the track's items (open or not), by id; a null rank shows as null. */
    static Map<Long, BigDecimal> storedRanks(DSLContext db, Track track) {
        var ranks = new HashMap<Long, BigDecimal>();
        db.select(INITIATIVE.ID, INITIATIVE.PRIORITY_RANK)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track.name()))
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
