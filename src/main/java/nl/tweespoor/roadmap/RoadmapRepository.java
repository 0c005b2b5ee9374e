package nl.tweespoor.roadmap;

import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.Initiative;
import nl.tweespoor.db.tables.StrategicGoal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RoadmapRepository {

    private final DSLContext db;

    RoadmapRepository(DSLContext db) {
        this.db = db;
    }

    /** A roadmap item with the number of items its lane matched. */
    record Row(RoadmapItem item, int matched) {}

    /** The programme an experiment explores, and that programme's goal. */
    private static final Initiative EXPLORED = INITIATIVE.as("explored");

    private static final StrategicGoal EXPLORED_GOAL = STRATEGIC_GOAL.as("explored_goal");

    /**
     * Only items whose timebox overlaps the quarters in view; programmes grouped by goal, experiments by department
     * or by the goal they explore (their own, else their programme's). The first {@code perLane} of each lane, each
     * with its lane's total, in one statement.
     */
    List<Row> items(RoadmapFilter filter, int perLane) {
        var group = DSL.when(INITIATIVE.TRACK.eq(Track.STRATEGIC), STRATEGIC_GOAL.TITLE)
                .else_(
                        filter.experimentsBy() == ExperimentGrouping.GOAL
                                ? DSL.coalesce(STRATEGIC_GOAL.TITLE, EXPLORED_GOAL.TITLE)
                                : DEPARTMENT.NAME);
        var position = DSL.rowNumber()
                .over(DSL.partitionBy(INITIATIVE.TRACK)
                        .orderBy(group.nullsLast(), INITIATIVE.START_QUARTER, INITIATIVE.TITLE, INITIATIVE.ID));
        var ranked = DSL.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        INITIATIVE.STAGE,
                        INITIATIVE.START_QUARTER,
                        INITIATIVE.END_QUARTER,
                        group.as("lane_group"),
                        position.as("position"),
                        DSL.count().over(DSL.partitionBy(INITIATIVE.TRACK)).as("matched"))
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .leftJoin(STRATEGIC_GOAL)
                .on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .leftJoin(EXPLORED)
                .on(EXPLORED.ID.eq(INITIATIVE.EXPLORES_PROGRAMME_ID))
                .leftJoin(EXPLORED_GOAL)
                .on(EXPLORED_GOAL.ID.eq(EXPLORED.GOAL_ID))
                .where(conditions(filter))
                .asTable("ranked");
        var rankedPosition = Objects.requireNonNull(ranked.field("position", Integer.class));
        var rankedTrack = ranked.field(INITIATIVE.TRACK);
        return db.select(
                        ranked.field(INITIATIVE.ID),
                        rankedTrack,
                        ranked.field(INITIATIVE.TITLE),
                        ranked.field(INITIATIVE.STAGE),
                        ranked.field(INITIATIVE.START_QUARTER),
                        ranked.field(INITIATIVE.END_QUARTER),
                        ranked.field("lane_group", String.class),
                        ranked.field("matched", Integer.class))
                .from(ranked)
                .where(rankedPosition.le(perLane))
                .orderBy(rankedTrack, rankedPosition)
                .fetch(r -> new Row(
                        new RoadmapItem(
                                r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()),
                        r.value8()));
    }

    private static Condition conditions(RoadmapFilter filter) {
        var conditions = new ArrayList<Condition>();
        conditions.add(INITIATIVE.START_QUARTER.isNotNull());
        conditions.add(INITIATIVE.START_QUARTER.le(filter.to().toString()));
        conditions.add(DSL.coalesce(INITIATIVE.END_QUARTER, INITIATIVE.START_QUARTER)
                .ge(filter.from().toString()));
        if (filter.departmentId() != null) {
            conditions.add(INITIATIVE.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.goalId() != null) {
            conditions.add(DSL.coalesce(INITIATIVE.GOAL_ID, EXPLORED.GOAL_ID).eq(filter.goalId()));
        }
        if (filter.layer() != null) {
            conditions.add(INITIATIVE.LAYER.eq(filter.layer()));
        }
        if (filter.ambition() != null) {
            conditions.add(INITIATIVE.AMBITION.eq(filter.ambition()));
        }
        if (filter.stage() != null) {
            conditions.add(INITIATIVE.STAGE.eq(filter.stage()));
        }
        return DSL.and(conditions);
    }
}
