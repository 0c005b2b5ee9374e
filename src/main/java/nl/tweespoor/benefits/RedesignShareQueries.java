package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.initiative.Ambition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Planned budget per quarter, all of it and on REDESIGN items, in one grouped statement over the quarters' lines. */
@Repository
class RedesignShareQueries {

    private static final String REDESIGN = Ambition.REDESIGN.name();

    private final DSLContext db;

    RedesignShareQueries(DSLContext db) {
        this.db = db;
    }

    /** The quarters from {@code from} to {@code to} that have budget lines, in order. */
    List<RedesignShare> perQuarter(Quarter from, Quarter to) {
        return db.select(
                        BUDGET_LINE.QUARTER,
                        coalesce(
                                sum(BUDGET_LINE.PLANNED).filterWhere(INITIATIVE.AMBITION.eq(REDESIGN)),
                                BigDecimal.ZERO),
                        coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(BUDGET_LINE.QUARTER.between(from.toString(), to.toString()))
                .groupBy(BUDGET_LINE.QUARTER)
                .orderBy(BUDGET_LINE.QUARTER)
                .fetch(r -> new RedesignShare(r.value1(), r.value2(), r.value3()));
    }
}
