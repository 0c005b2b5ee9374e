package nl.tweespoor.benefits;

import static nl.tweespoor.benefits.CountedExperimentsSql.WEEKLY_HOURS;
import static nl.tweespoor.benefits.CountedExperimentsSql.counted;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Per strategic goal in one statement: the hours saved by the experiments exploring it, and its programmes' KPIs
 * rolled up (progress as the programme page shows it, averaged over the KPIs with an actual).
 */
@Repository
class GoalBenefitQueries {

    /**
     * A KPI's progress from baseline (none: zero) to target, 0–100, as {@code Kpi.progressPct} works it out: rounded
     * half up, a target equal to the baseline reached only by hitting it.
     */
    static final Field<BigDecimal> PROGRESS;

    static {
        var start = coalesce(KPI.BASELINE, BigDecimal.ZERO);
        var span = KPI.TARGET.minus(start);
        var hundred = val(new BigDecimal(100));
        PROGRESS = when(KPI.ACTUAL.isNull(), DSL.castNull(BigDecimal.class))
                .when(
                        span.eq(BigDecimal.ZERO),
                        when(KPI.ACTUAL.eq(KPI.TARGET), hundred).otherwise(BigDecimal.ZERO))
                .otherwise(greatest(
                        val(BigDecimal.ZERO),
                        least(hundred, round(KPI.ACTUAL.minus(start).times(100).div(span), 0))));
    }

    private final DSLContext db;

    GoalBenefitQueries(DSLContext db) {
        this.db = db;
    }

    List<GoalBenefit> perGoal(int hoursPerFte, int offset, int limit) {
        // As the roadmap groups them: an experiment counts for the goal it names, else for its programme's goal, so
        // its hours are counted once and /goals, the roadmap and this page agree on which goal it feeds.
        var explored = INITIATIVE.as("explored");
        var goal = coalesce(INITIATIVE.GOAL_ID, explored.GOAL_ID);
        var experiments = db.select(
                        goal.as("goal_id"),
                        count().as("experiments"),
                        coalesce(sum(WEEKLY_HOURS), BigDecimal.ZERO).as("weekly"))
                .from(INITIATIVE)
                .leftJoin(explored)
                .on(explored.ID.eq(INITIATIVE.EXPLORES_PROGRAMME_ID))
                .where(counted().and(goal.isNotNull()))
                .groupBy(goal)
                .asTable("e");
        var perKpi = db.select(
                        INITIATIVE.GOAL_ID.as("goal_id"),
                        INITIATIVE.ID.as("programme"),
                        KPI.ID.as("kpi"),
                        PROGRESS.as("progress"))
                .from(INITIATIVE)
                .leftJoin(KPI)
                .on(KPI.INITIATIVE_ID.eq(INITIATIVE.ID))
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .and(INITIATIVE.STAGE.ne(Stage.STOPPED))
                .and(INITIATIVE.GOAL_ID.isNotNull())
                .asTable("k");
        var progress = field(perKpi, "progress", BigDecimal.class);
        var kpis = db.select(
                        field(perKpi, "goal_id", Long.class).as("goal_id"),
                        countDistinct(field(perKpi, "programme", Long.class)).as("programmes"),
                        count(field(perKpi, "kpi", Long.class)).as("kpis"),
                        round(avg(progress), 0).as("avg_progress"),
                        count().filterWhere(progress.eq(new BigDecimal(100))).as("on_target"))
                .from(perKpi)
                .groupBy(field(perKpi, "goal_id", Long.class))
                .asTable("p");
        return db.select(
                        STRATEGIC_GOAL.ID,
                        STRATEGIC_GOAL.TITLE,
                        coalesce(field(experiments, "experiments", Integer.class), 0),
                        coalesce(field(experiments, "weekly", BigDecimal.class), BigDecimal.ZERO),
                        coalesce(field(kpis, "programmes", Integer.class), 0),
                        coalesce(field(kpis, "kpis", Integer.class), 0),
                        field(kpis, "avg_progress", BigDecimal.class),
                        coalesce(field(kpis, "on_target", Integer.class), 0))
                .from(STRATEGIC_GOAL)
                .leftJoin(experiments)
                .on(field(experiments, "goal_id", Long.class).eq(STRATEGIC_GOAL.ID))
                .leftJoin(kpis)
                .on(field(kpis, "goal_id", Long.class).eq(STRATEGIC_GOAL.ID))
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new GoalBenefit(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        HoursSaved.of(r.value4(), hoursPerFte),
                        r.value5(),
                        r.value6(),
                        r.value7() == null ? null : r.value7().intValue(),
                        r.value8()));
    }

    int countGoals() {
        return db.fetchCount(STRATEGIC_GOAL);
    }

    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return Objects.requireNonNull(table.field(name, type));
    }
}
