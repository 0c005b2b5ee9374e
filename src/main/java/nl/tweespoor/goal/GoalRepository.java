package nl.tweespoor.goal;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.StrategicGoalRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class GoalRepository {

    private final DSLContext db;

    GoalRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * One page of goals in one statement, each with the number of programmes serving it and their planned budget,
     * summed in SQL, and the first {@link GoalRow#SHOWN_PROGRAMMES} of them by title: a goal served by hundreds of
     * programmes costs the page what one served by ten does. The same for the experiments exploring each goal: those
     * naming it, and those exploring a programme that serves it.
     */
    List<GoalRow> page(int offset, int limit) {
        var planned = select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .asField("planned");
        var serving = INITIATIVE.GOAL_ID.eq(STRATEGIC_GOAL.ID).and(INITIATIVE.TRACK.eq(Track.STRATEGIC));
        var programmeCount = field(selectCount().from(INITIATIVE).where(serving));
        var servingProgramme = INITIATIVE.as("serving_programme");
        var exploring = INITIATIVE
                .TRACK
                .eq(Track.PERSONAL)
                .and(INITIATIVE
                        .GOAL_ID
                        .eq(STRATEGIC_GOAL.ID)
                        .or(INITIATIVE.EXPLORES_PROGRAMME_ID.in(select(servingProgramme.ID)
                                .from(servingProgramme)
                                .where(servingProgramme.GOAL_ID.eq(STRATEGIC_GOAL.ID)))));
        var experimentCount = field(selectCount().from(INITIATIVE).where(exploring));
        var plannedForGoal = field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(serving));
        return db.select(
                        STRATEGIC_GOAL.ID,
                        STRATEGIC_GOAL.TITLE,
                        STRATEGIC_GOAL.DESCRIPTION,
                        STRATEGIC_GOAL.HORIZON_YEAR,
                        STRATEGIC_GOAL.VERSION,
                        programmeCount,
                        plannedForGoal,
                        multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.STAGE, planned)
                                        .from(INITIATIVE)
                                        .where(serving)
                                        .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                                        .limit(GoalRow.SHOWN_PROGRAMMES))
                                .convertFrom(rows -> rows.map(r -> new GoalRow.ServingProgramme(
                                        r.value1(), r.value2(), r.value3(), (BigDecimal) r.value4()))),
                        experimentCount,
                        multiset(select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.STAGE)
                                        .from(INITIATIVE)
                                        .where(exploring)
                                        .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                                        .limit(GoalRow.SHOWN_EXPERIMENTS))
                                .convertFrom(rows -> rows.map(
                                        r -> new GoalRow.ExploringExperiment(r.value1(), r.value2(), r.value3()))))
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new GoalRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        Objects.requireNonNull(r.value6()),
                        Objects.requireNonNull(r.value7()),
                        r.value8(),
                        Objects.requireNonNull(r.value9()),
                        r.value10()));
    }

    int count() {
        return db.fetchCount(STRATEGIC_GOAL);
    }

    /** Fails unless the goal exists and nobody changed it since the leader saw {@code expectedVersion}. */
    void requireCurrent(long id, int expectedVersion) {
        stored(id, expectedVersion);
    }

    Written<Goal> insert(String title, @Nullable String description, int horizonYear) {
        var goal = db.newRecord(STRATEGIC_GOAL);
        set(goal, title, description, horizonYear);
        Versioned.store(goal);
        return Written.inserted(goal(goal), goal);
    }

    Written<Goal> update(long id, int expectedVersion, String title, @Nullable String description, int horizonYear) {
        var goal = stored(id, expectedVersion);
        var before = AuditLog.snapshot(goal);
        set(goal, title, description, horizonYear);
        Versioned.store(goal);
        return Written.updated(goal(goal), before, goal);
    }

    List<Option> options() {
        return db.select(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE, STRATEGIC_GOAL.HORIZON_YEAR)
                .from(STRATEGIC_GOAL)
                .orderBy(STRATEGIC_GOAL.HORIZON_YEAR, STRATEGIC_GOAL.TITLE)
                .fetch(row -> new Option(row.value1(), row.value2() + " (" + row.value3() + ")"));
    }

    private StrategicGoalRecord stored(long id, int expectedVersion) {
        var goal = db.selectFrom(STRATEGIC_GOAL)
                .where(STRATEGIC_GOAL.ID.eq(id))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(goal, expectedVersion);
    }

    private static void set(StrategicGoalRecord goal, String title, @Nullable String description, int horizonYear) {
        goal.setTitle(title);
        goal.setDescription(description);
        goal.setHorizonYear(horizonYear);
    }

    private static Goal goal(StrategicGoalRecord row) {
        return new Goal(row.getId(), row.getTitle(), row.getDescription(), row.getHorizonYear(), row.getVersion());
    }
}
