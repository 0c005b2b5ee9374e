package nl.tweespoor.priority;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.RANKING;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.AppSettingRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PriorityRepository {

    /** Items still in play: proposals and active work. */
    static final List<String> OPEN_STAGES = List.of("PROPOSED", "RUNNING", "IDEA", "DISCOVERY", "PILOT", "SCALE",
            "RUN");

    private final DSLContext db;

    PriorityRepository(DSLContext db) {
        this.db = db;
    }

    AppSettingRecord settings() {
        return db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle();
    }

    /** The open items of a track with their ratings and planned budget of the year, in one statement. */
    List<RatedItem> openItems(Track track, int year) {
        var planned = select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID),
                        BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4"))
                .asField("planned");
        return db.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.STAGE, INITIATIVE.AMBITION,
                        INITIATIVE.PRIORITY_RANK, INITIATIVE.SCORE_VALUE, INITIATIVE.SCORE_STRATEGIC_FIT,
                        INITIATIVE.SCORE_FEASIBILITY, INITIATIVE.SCORE_URGENCY, INITIATIVE.SCORE_RISK, planned,
                        INITIATIVE.VERSION)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track.name()), INITIATIVE.STAGE.in(OPEN_STAGES))
                .orderBy(INITIATIVE.PRIORITY_RANK.asc().nullsLast(), INITIATIVE.ID)
                .fetch(r -> new RatedItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), (BigDecimal) r.value11(), r.value12()));
    }

    BigDecimal envelope(Track track, int year) {
        return db.select(BUDGET_ENVELOPE.AMOUNT).from(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.TRACK.eq(track.name()), BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchOptional(BUDGET_ENVELOPE.AMOUNT).orElse(BigDecimal.ZERO);
    }

    int rankingVersion(Track track) {
        return db.select(RANKING.VERSION).from(RANKING).where(RANKING.TRACK.eq(track.name()))
                .fetchSingle(RANKING.VERSION);
    }

    /**
     * Moves the track's ranking version on if it still is {@code expectedVersion}. The UPDATE locks the row until the
     * transaction ends, so of two reorders against the same version the second waits, then finds the version moved
     * and changes nothing.
     */
    boolean claimRanking(Track track, int expectedVersion) {
        return db.update(RANKING).set(RANKING.VERSION, RANKING.VERSION.plus(1))
                .where(RANKING.TRACK.eq(track.name()), RANKING.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Stores a whole track's order in one statement: the first id gets rank 1. */
    int saveOrder(Track track, List<Long> orderedIds) {
        if (orderedIds.isEmpty()) {
            return 0;
        }
        var rank = DSL.choose(INITIATIVE.ID);
        org.jooq.CaseWhenStep<Long, Integer> cases = null;
        for (int i = 0; i < orderedIds.size(); i++) {
            cases = cases == null ? rank.when(orderedIds.get(i), i + 1) : cases.when(orderedIds.get(i), i + 1);
        }
        return db.update(INITIATIVE)
                .set(INITIATIVE.PRIORITY_RANK, cases.otherwise(INITIATIVE.PRIORITY_RANK))
                .where(INITIATIVE.ID.in(orderedIds), INITIATIVE.TRACK.eq(track.name()))
                .execute();
    }

    /** Planned budget after the current quarter of the given items, per quarter. */
    Map<String, BigDecimal> plannedAfter(Collection<Long> ids, Quarter current) {
        return db.select(BUDGET_LINE.QUARTER, sum(BUDGET_LINE.PLANNED))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.in(ids), BUDGET_LINE.QUARTER.gt(current.toString()))
                .groupBy(BUDGET_LINE.QUARTER)
                .orderBy(BUDGET_LINE.QUARTER)
                .fetchMap(BUDGET_LINE.QUARTER, sum(BUDGET_LINE.PLANNED));
    }

    /** Redesign planned and total planned of the year, all items and after releasing the given items' later quarters. */
    BigDecimal[] redesignBeforeAndAfter(int year, Collection<Long> stopped, Quarter current) {
        var inYear = BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
        var released = BUDGET_LINE.INITIATIVE_ID.in(stopped).and(BUDGET_LINE.QUARTER.gt(current.toString()));
        var redesign = INITIATIVE.AMBITION.eq("REDESIGN");
        var row = db.select(
                        coalesce(sum(when(redesign, BUDGET_LINE.PLANNED).else_(BigDecimal.ZERO)), BigDecimal.ZERO),
                        coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO),
                        coalesce(sum(when(redesign.andNot(released), BUDGET_LINE.PLANNED).else_(BigDecimal.ZERO)),
                                BigDecimal.ZERO),
                        coalesce(sum(when(DSL.not(released), BUDGET_LINE.PLANNED).else_(BigDecimal.ZERO)),
                                BigDecimal.ZERO))
                .from(BUDGET_LINE).join(INITIATIVE).on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear)
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2(), row.value3(), row.value4()};
    }

    record RatedItem(long id, String title, String stage, String ambition, Integer rank, Short value, Short fit,
            Short feasibility, Short urgency, Short risk, BigDecimal planned, int version) {
    }
}
