package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.base.OpenHighRisk;
import nl.tweespoor.base.Quarter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class FlagRepository {

    private final DSLContext db;

    FlagRepository(DSLContext db) {
        this.db = db;
    }

    int staleAfterDays() {
        return db.select(APP_SETTING.STALE_AFTER_DAYS).from(APP_SETTING).where(APP_SETTING.ID.eq(1))
                .fetchOptional(APP_SETTING.STALE_AFTER_DAYS).orElse(45);
    }

    List<SignalFacts> facts(Collection<Long> ids, Quarter current) {
        return facts(INITIATIVE.ID.in(ids), current);
    }

    List<SignalFacts> activeFacts(Quarter current) {
        return facts(INITIATIVE.STAGE.in(ActiveStages.ACTIVE), current);
    }

    /** Everything the flags need for the selected items, in one statement of correlated sub-queries. */
    private List<SignalFacts> facts(Condition which, Quarter current) {
        var now = current.toString();
        var lastUpdate = field(select(max(STATUS_UPDATE.CREATED_AT)).from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID)));
        var lastRag = field(select(STATUS_UPDATE.RAG).from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc()).limit(1));
        var plannedToDate = field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO)).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID), BUDGET_LINE.QUARTER.le(now)));
        var actualToDate = field(select(coalesce(sum(BUDGET_LINE.ACTUAL), BigDecimal.ZERO)).from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID), BUDGET_LINE.QUARTER.le(now)));
        var overThisQuarter = field(exists(selectOne().from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID), BUDGET_LINE.QUARTER.eq(now),
                        BUDGET_LINE.ACTUAL.gt(BUDGET_LINE.PLANNED))));
        var gap = field(exists(selectOne().from(PRINCIPLE_ASSESSMENT)
                .join(PRINCIPLE).on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID))
                .where(PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(INITIATIVE.ID), PRINCIPLE.ACTIVE.isTrue(),
                        PRINCIPLE_ASSESSMENT.RESULT.eq("GAP"))));
        var highRisk = field(exists(selectOne().from(ITEM_RISK)
                .where(ITEM_RISK.INITIATIVE_ID.eq(INITIATIVE.ID), OpenHighRisk.condition())));
        return db.select(INITIATIVE.ID, INITIATIVE.STAGE, INITIATIVE.END_QUARTER, INITIATIVE.CREATED_AT, lastUpdate,
                        lastRag, plannedToDate, actualToDate, overThisQuarter, gap, highRisk)
                .from(INITIATIVE)
                .where(which)
                .fetch(r -> new SignalFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), Boolean.TRUE.equals(r.value9()), Boolean.TRUE.equals(r.value10()),
                        Boolean.TRUE.equals(r.value11())));
    }
}
