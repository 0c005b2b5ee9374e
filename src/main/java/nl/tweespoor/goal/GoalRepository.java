package nl.tweespoor.goal;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.base.Option;
import nl.tweespoor.db.tables.records.StrategicGoalRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class GoalRepository {

    private final DSLContext db;

    GoalRepository(DSLContext db) {
        this.db = db;
    }

    /** One page of goals, each with its programmes and their planned budget, in one statement. */
    List<GoalRow> page(int offset, int limit) {
        var planned = select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .asField("planned");
        return db.select(
                        STRATEGIC_GOAL.ID,
                        STRATEGIC_GOAL.TITLE,
                        STRATEGIC_GOAL.DESCRIPTION,
                        STRATEGIC_GOAL.HORIZON_YEAR,
                        STRATEGIC_GOAL.VERSION,
                        multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.STAGE, planned)
                                        .from(INITIATIVE)
                                        .where(INITIATIVE.GOAL_ID.eq(STRATEGIC_GOAL.ID))
                                        .orderBy(INITIATIVE.TITLE))
                                .convertFrom(rows -> rows.map(r -> new GoalRow.ServingProgramme(
                                        r.value1(), r.value2(), r.value3(), (BigDecimal) r.value4()))))
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new GoalRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    int count() {
        return db.fetchCount(STRATEGIC_GOAL);
    }

    Optional<StrategicGoalRecord> find(long id) {
        return db.selectFrom(STRATEGIC_GOAL).where(STRATEGIC_GOAL.ID.eq(id)).fetchOptional();
    }

    StrategicGoalRecord newRecord() {
        return db.newRecord(STRATEGIC_GOAL);
    }

    List<Option> options() {
        return db.select(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.HORIZON_YEAR)
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE)
                .fetch(row -> new Option(row.value1(), row.value2() + " (" + row.value3() + ")"));
    }
}
