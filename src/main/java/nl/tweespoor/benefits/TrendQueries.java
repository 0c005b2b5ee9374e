package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.EXPERIMENT_MEASURE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Adoption and satisfaction per quarter from the experiments' measure history, for all and for one experiment. */
@Repository
class TrendQueries {

    private final DSLContext db;

    TrendQueries(DSLContext db) {
        this.db = db;
    }

    /** The quarters from {@code from} to {@code to} that have measurements; each experiment's last one per quarter. */
    List<QuarterTrend> adoptionAndSatisfaction(Quarter from, Quarter to) {
        var m = EXPERIMENT_MEASURE.as("m");
        var later = EXPERIMENT_MEASURE.as("later");
        return db.select(m.QUARTER, count(), round(avg(m.ADOPTION_PCT), 1), round(avg(m.SATISFACTION), 1))
                .from(m)
                .where(m.QUARTER.between(from.toString(), to.toString()))
                .and(notExists(selectOne()
                        .from(later)
                        .where(later.INITIATIVE_ID.eq(m.INITIATIVE_ID))
                        .and(later.QUARTER.eq(m.QUARTER))
                        .and(later.ID.gt(m.ID))))
                .groupBy(m.QUARTER)
                .orderBy(m.QUARTER)
                .fetch(r -> new QuarterTrend(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** One item's measurements from {@code from} on, the last per quarter, in one statement with the item's track. */
    MeasureHistory ofItem(long initiativeId, Quarter from) {
        var m = EXPERIMENT_MEASURE.as("m");
        var later = EXPERIMENT_MEASURE.as("later");
        var rows = db.select(
                        INITIATIVE.TRACK,
                        m.QUARTER,
                        m.PARTICIPANTS,
                        m.HOURS_SAVED_PER_WEEK,
                        m.ADOPTION_PCT,
                        m.SATISFACTION)
                .from(INITIATIVE)
                .leftJoin(m)
                .on(m.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(m.QUARTER.ge(from.toString()))
                .and(notExists(selectOne()
                        .from(later)
                        .where(later.INITIATIVE_ID.eq(m.INITIATIVE_ID))
                        .and(later.QUARTER.eq(m.QUARTER))
                        .and(later.ID.gt(m.ID))))
                .where(INITIATIVE.ID.eq(initiativeId))
                .orderBy(m.QUARTER)
                .fetch();
        var quarters = new ArrayList<MeasureHistory.Measured>();
        for (var r : rows) {
            var quarter = r.value2();
            if (quarter != null) {
                quarters.add(new MeasureHistory.Measured(quarter, r.value3(), r.value4(), r.value5(), r.value6()));
            }
        }
        boolean experiment = !rows.isEmpty() && rows.getFirst().value1() == Track.PERSONAL;
        return new MeasureHistory(experiment, quarters);
    }
}
