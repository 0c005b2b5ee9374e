package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.BudgetLineRecord;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;

/** Rows for budget tests, written straight to the database so the service under test is not used to set up. */
final class BudgetFixtures {

    private final DSLContext db;

    BudgetFixtures(DSLContext db) {
        this.db = db;
    }

    long userId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }

    long department(String name) {
        return db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.NAME, name)
                .returning(DEPARTMENT.ID)
                .fetchSingle(DEPARTMENT.ID);
    }

    long goal(String title, int horizonYear) {
        return db.insertInto(STRATEGIC_GOAL)
                .set(STRATEGIC_GOAL.TITLE, title)
                .set(STRATEGIC_GOAL.HORIZON_YEAR, horizonYear)
                .returning(STRATEGIC_GOAL.ID)
                .fetchSingle(STRATEGIC_GOAL.ID);
    }

    long experiment(String title, String ambition, long departmentId, Long goalId, String owner) {
        return item(
                Track.PERSONAL, "PERSONAL_PRODUCTIVITY", Stage.PROPOSED, title, ambition, departmentId, goalId, owner);
    }

    long programme(String title, String ambition, long departmentId, Long goalId, String owner) {
        return item(Track.STRATEGIC, "STRATEGIC", Stage.IDEA, title, ambition, departmentId, goalId, owner);
    }

    private long item(
            Track track,
            String layer,
            Stage stage,
            String title,
            String ambition,
            long departmentId,
            Long goalId,
            String owner) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, track)
                .set(INITIATIVE.LAYER, layer)
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.AMBITION, ambition)
                .set(INITIATIVE.DEPARTMENT_ID, departmentId)
                .set(INITIATIVE.GOAL_ID, goalId)
                .set(INITIATIVE.OWNER_ID, userId(owner))
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    void line(long initiativeId, String quarter, String planned, String actual) {
        db.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.INITIATIVE_ID, initiativeId)
                .set(BUDGET_LINE.QUARTER, quarter)
                .set(BUDGET_LINE.PLANNED, new BigDecimal(planned))
                .set(BUDGET_LINE.ACTUAL, new BigDecimal(actual))
                .execute();
    }

    BudgetLineRecord stored(long initiativeId, String quarter) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.eq(quarter))
                .fetchOne();
    }
}
