package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.EXPERIMENT_MEASURE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Rows for benefit tests, written straight to the database so the services under test are not used to set up. */
final class BenefitFixtures {

    private final DSLContext db;

    BenefitFixtures(DSLContext db) {
        this.db = db;
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

    /** An experiment in {@code stage} saving {@code hours} per participant and week (null: not measured). */
    long experiment(
            String title,
            Stage stage,
            long department,
            @Nullable Long goal,
            @Nullable String hours,
            @Nullable Integer participants,
            @Nullable String cost) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.PERSONAL)
                .set(INITIATIVE.LAYER, "PERSONAL_PRODUCTIVITY")
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.DEPARTMENT_ID, department)
                .set(INITIATIVE.GOAL_ID, goal)
                .set(INITIATIVE.OWNER_ID, userId("manager"))
                .set(INITIATIVE.HOURS_SAVED_PER_WEEK, hours == null ? null : new BigDecimal(hours))
                .set(INITIATIVE.PARTICIPANTS, participants)
                .set(INITIATIVE.COST_ESTIMATE, cost == null ? null : new BigDecimal(cost))
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    long programme(String title, Stage stage, String ambition, long department, @Nullable Long goal) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.STRATEGIC)
                .set(INITIATIVE.LAYER, "STRATEGIC")
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.AMBITION, ambition)
                .set(INITIATIVE.TITLE, title)
                .set(INITIATIVE.DEPARTMENT_ID, department)
                .set(INITIATIVE.GOAL_ID, goal)
                .set(INITIATIVE.OWNER_ID, userId("manager"))
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    void kpi(long programme, @Nullable String baseline, String target, @Nullable String actual) {
        db.insertInto(KPI)
                .set(KPI.INITIATIVE_ID, programme)
                .set(KPI.NAME, "KPI " + target)
                .set(KPI.UNIT, "%")
                .set(KPI.BASELINE, baseline == null ? null : new BigDecimal(baseline))
                .set(KPI.TARGET, new BigDecimal(target))
                .set(KPI.ACTUAL, actual == null ? null : new BigDecimal(actual))
                .execute();
    }

    void line(long initiative, String quarter, String planned) {
        db.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.INITIATIVE_ID, initiative)
                .set(BUDGET_LINE.QUARTER, quarter)
                .set(BUDGET_LINE.PLANNED, new BigDecimal(planned))
                .execute();
    }

    void measured(long experiment, String quarter, @Nullable String adoption, @Nullable String satisfaction) {
        db.insertInto(EXPERIMENT_MEASURE)
                .set(EXPERIMENT_MEASURE.INITIATIVE_ID, experiment)
                .set(EXPERIMENT_MEASURE.QUARTER, quarter)
                .set(EXPERIMENT_MEASURE.ADOPTION_PCT, adoption == null ? null : new BigDecimal(adoption))
                .set(EXPERIMENT_MEASURE.SATISFACTION, satisfaction == null ? null : new BigDecimal(satisfaction))
                .execute();
    }

    long userId(String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }
}
