package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagSql;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The risk portfolio: counts aggregated in the database, the HIGH and PROHIBITED items a page at a time. */
@Repository
class PortfolioRepository {

    /** Stages a PROHIBITED item may be in without breaching PRODUCT.md §4. */
    static final Set<Stage> ALLOWED_WHEN_PROHIBITED =
            Collections.unmodifiableSet(EnumSet.of(Stage.PROPOSED, Stage.IDEA, Stage.STOPPED));

    private final DSLContext db;

    PortfolioRepository(DSLContext db) {
        this.db = db;
    }

    record ClassCount(Track track, Stage stage, RiskClass riskClass, int count) {}

    record RiskyCount(int items, int breaches) {}

    List<ClassCount> counts() {
        return db.select(INITIATIVE.TRACK, INITIATIVE.STAGE, INITIATIVE.RISK_CLASS, count())
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.in(Stage.OPEN))
                .groupBy(INITIATIVE.TRACK, INITIATIVE.STAGE, INITIATIVE.RISK_CLASS)
                .fetch(r -> new ClassCount(r.value1(), r.value2(), RiskClass.valueOf(r.value3()), r.value4()));
    }

    /** How many HIGH and PROHIBITED items are listed, and how many of them are a breach. */
    RiskyCount riskyCount() {
        return db.select(count(), count().filterWhere(breach()))
                .from(INITIATIVE)
                .where(risky())
                .fetchSingle(r -> new RiskyCount(r.value1(), r.value2()));
    }

    /**
     * HIGH and PROHIBITED items still in play, plus every PROHIBITED item in breach, with open high risks:
     * breaches first, then PROHIBITED, programmes, by title.
     */
    List<RiskOverview.RiskyItem> riskyItems(int offset, int limit) {
        var openHigh = field(
                selectCount().from(ITEM_RISK).where(ITEM_RISK.INITIATIVE_ID.eq(INITIATIVE.ID), FlagSql.openHighRisk()));
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        INITIATIVE.STAGE,
                        INITIATIVE.RISK_CLASS,
                        INITIATIVE.RISK_JUSTIFICATION,
                        openHigh)
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(risky())
                .orderBy(
                        field(breach()).desc(),
                        prohibited().desc(),
                        INITIATIVE.TRACK.desc(),
                        INITIATIVE.TITLE,
                        INITIATIVE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> {
                    var riskClass = RiskClass.valueOf(r.value6());
                    return new RiskOverview.RiskyItem(
                            r.value1(),
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            riskClass,
                            r.value7(),
                            r.value8(),
                            breach(riskClass, r.value5()));
                });
    }

    private static Condition risky() {
        return INITIATIVE
                .RISK_CLASS
                .in(RiskClass.HIGH.name(), RiskClass.PROHIBITED.name())
                .and(INITIATIVE.STAGE.notIn(Stage.ENDED).or(prohibited().and(INITIATIVE.STAGE.ne(Stage.STOPPED))));
    }

    private static Condition prohibited() {
        return INITIATIVE.RISK_CLASS.eq(RiskClass.PROHIBITED.name());
    }

    /** {@link #breach(RiskClass, Stage)} in SQL. */
    private static Condition breach() {
        return prohibited().and(INITIATIVE.STAGE.notIn(ALLOWED_WHEN_PROHIBITED));
    }

    static boolean breach(RiskClass riskClass, Stage stage) {
        return riskClass == RiskClass.PROHIBITED && !ALLOWED_WHEN_PROHIBITED.contains(stage);
    }
}
