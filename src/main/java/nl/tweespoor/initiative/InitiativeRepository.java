package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.OptionQuery;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.SortWhitelist;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class InitiativeRepository {

    /** The only properties a grid may sort by, mapped to their columns. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "title", INITIATIVE.TITLE,
            "department", DEPARTMENT.NAME,
            "stage", INITIATIVE.STAGE,
            "owner", APP_USER.DISPLAY_NAME,
            "startQuarter", INITIATIVE.START_QUARTER,
            "endQuarter", INITIATIVE.END_QUARTER,
            "ambition", INITIATIVE.AMBITION,
            "toolVendor", INITIATIVE.TOOL_VENDOR);

    /** An item with what its ids name: department, owner, and the goal and journey it may have. */
    private static final Table<?> WITH_NAMES = INITIATIVE
            .join(DEPARTMENT)
            .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
            .join(APP_USER)
            .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
            .leftJoin(STRATEGIC_GOAL)
            .on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
            .leftJoin(JOURNEY)
            .on(JOURNEY.ID.eq(INITIATIVE.JOURNEY_ID));

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 500;

    /** The programme an experiment explores, for the export (the import reads its title back). */
    private static final nl.tweespoor.db.tables.Initiative EXPLORED = INITIATIVE.as("export_explored");

    private static final String EXPLORED_TITLE = "explored_programme_title";

    private final DSLContext db;

    InitiativeRepository(DSLContext db) {
        this.db = db;
    }

    List<InitiativeRow> page(InitiativeFilter filter, PageRequest page) {
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        DEPARTMENT.NAME,
                        INITIATIVE.STAGE,
                        APP_USER.DISPLAY_NAME,
                        INITIATIVE.START_QUARTER,
                        INITIATIVE.END_QUARTER,
                        INITIATIVE.AMBITION,
                        INITIATIVE.TOOL_VENDOR)
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(conditions(filter))
                .orderBy(sortFields(page))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(row -> new InitiativeRow(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4(),
                        row.value5(),
                        row.value6(),
                        row.value7(),
                        row.value8(),
                        Ambition.valueOf(row.value9()),
                        row.value10()));
    }

    int count(InitiativeFilter filter) {
        return db.fetchCount(db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .where(conditions(filter)));
    }

    Optional<InitiativeDetails> details(long id) {
        var source = INITIATIVE.as("source");
        var promoted = INITIATIVE.as("promoted");
        var promotedToId = DSL.field(DSL.select(promoted.ID)
                        .from(promoted)
                        .where(promoted.PROMOTED_FROM_ID.eq(INITIATIVE.ID))
                        .orderBy(promoted.ID)
                        .limit(1))
                .as("promoted_to_id");
        var explored = INITIATIVE.as("explored");
        var promotedToTitle = DSL.field(DSL.select(promoted.TITLE)
                        .from(promoted)
                        .where(promoted.PROMOTED_FROM_ID.eq(INITIATIVE.ID))
                        .orderBy(promoted.ID)
                        .limit(1))
                .as("promoted_to_title");
        return db.select(INITIATIVE.fields())
                .select(
                        DEPARTMENT.NAME,
                        APP_USER.DISPLAY_NAME,
                        STRATEGIC_GOAL.TITLE,
                        goalLabel(STRATEGIC_GOAL).as("goal_label"),
                        JOURNEY.TITLE,
                        source.TITLE.as("source_title"),
                        explored.TITLE.as("explored_title"),
                        promotedToId,
                        promotedToTitle)
                .from(WITH_NAMES)
                .leftJoin(source)
                .on(source.ID.eq(INITIATIVE.PROMOTED_FROM_ID))
                .leftJoin(explored)
                .on(explored.ID.eq(INITIATIVE.EXPLORES_PROGRAMME_ID))
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(this::toDetails);
    }

    /**
     * The filtered items for an export, by id, read on a cursor a batch at a time: the caller closes the stream,
     * inside its transaction (PostgreSQL streams only within one).
     */
    Stream<ExportedItem> export(InitiativeFilter filter) {
        return db
                .select(INITIATIVE.fields())
                .select(
                        DEPARTMENT.NAME,
                        APP_USER.DISPLAY_NAME,
                        STRATEGIC_GOAL.TITLE,
                        JOURNEY.TITLE,
                        EXPLORED.TITLE.as(EXPLORED_TITLE))
                .from(WITH_NAMES)
                .leftJoin(EXPLORED)
                .on(EXPLORED.ID.eq(INITIATIVE.EXPLORES_PROGRAMME_ID))
                .where(conditions(filter))
                .orderBy(INITIATIVE.ID)
                .fetchSize(EXPORT_BATCH)
                .stream()
                .map(InitiativeRepository::exported);
    }

    private static ExportedItem exported(Record row) {
        var item = row.into(INITIATIVE);
        return new ExportedItem(
                item.getId(),
                item.getTitle(),
                row.get(DEPARTMENT.NAME),
                item.getStage(),
                row.get(APP_USER.DISPLAY_NAME),
                item.getStartQuarter(),
                item.getEndQuarter(),
                Layer.valueOf(item.getLayer()),
                Ambition.valueOf(item.getAmbition()),
                row.get(STRATEGIC_GOAL.TITLE),
                row.get(EXPLORED_TITLE, String.class),
                row.get(JOURNEY.TITLE),
                item.getSponsor(),
                item.getLeadName(),
                item.getParticipants(),
                item.getToolVendor(),
                item.getUseCaseCategory(),
                item.getCostEstimate(),
                item.getHoursSavedPerWeek(),
                item.getAdoptionPct(),
                item.getSatisfaction(),
                item.getDescription(),
                item.getHypothesis(),
                item.getLearnings(),
                item.getUpdatedAt());
    }

    boolean departmentIsActive(long departmentId) {
        return db.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(departmentId).and(DEPARTMENT.ACTIVE.isTrue()));
    }

    boolean goalExists(long goalId) {
        return db.fetchExists(STRATEGIC_GOAL, STRATEGIC_GOAL.ID.eq(goalId));
    }

    boolean journeyExists(long journeyId) {
        return db.fetchExists(JOURNEY, JOURNEY.ID.eq(journeyId));
    }

    /**
     * The journeys an item may name, by title, a page at a time for a picker that searches as you type. Read here
     * rather than from the journey feature, which depends on this one (it counts items by their ambition).
     */
    List<Option> journeyChoices(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                JOURNEY,
                JOURNEY.ID,
                JOURNEY.TITLE,
                search -> JOURNEY.TITLE.containsIgnoreCase(search),
                text,
                offset,
                limit,
                JOURNEY.TITLE,
                JOURNEY.ID);
    }

    /**
     * The goals an item may name, by horizon and title, labelled with the horizon, a page at a time for a picker that
     * searches as you type.
     */
    List<Option> goalChoices(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                STRATEGIC_GOAL,
                STRATEGIC_GOAL.ID,
                goalLabel(STRATEGIC_GOAL),
                search -> STRATEGIC_GOAL.TITLE.containsIgnoreCase(search),
                text,
                offset,
                limit,
                STRATEGIC_GOAL.HORIZON_YEAR,
                STRATEGIC_GOAL.TITLE,
                STRATEGIC_GOAL.ID);
    }

    /** The programmes an experiment may explore: not completed or stopped; by title, a page at a time. */
    List<Option> programmeChoices(String text, int offset, int limit) {
        var search = text == null ? "" : text.trim();
        return db.select(INITIATIVE.ID, INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC))
                .and(INITIATIVE.STAGE.notIn(Stage.COMPLETED, Stage.STOPPED))
                .and(search.isEmpty() ? DSL.noCondition() : INITIATIVE.TITLE.containsIgnoreCase(search))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .offset(Math.max(offset, 0))
                .limit(Math.min(Math.max(limit, 0), OptionQuery.MAX_PAGE))
                .fetch(Records.mapping(Option::new));
    }

    /**
     * The experiments exploring the programme in one statement: the first {@link ExploringExperiments#SHOWN} by title,
     * each row carrying the count of all of them (a programme explored by hundreds costs what one explored by two does).
     */
    ExploringExperiments exploring(long programmeId) {
        var total = DSL.count().over().as("total");
        var rows = db.select(INITIATIVE.ID, INITIATIVE.TITLE, INITIATIVE.STAGE, total)
                .from(INITIATIVE)
                .where(INITIATIVE.EXPLORES_PROGRAMME_ID.eq(programmeId))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .limit(ExploringExperiments.SHOWN)
                .fetch();
        var shown = rows.map(row -> new ExploringExperiments.Experiment(row.value1(), row.value2(), row.value3()));
        return new ExploringExperiments(rows.isEmpty() ? 0 : rows.get(0).value4(), shown);
    }

    /** The stage of the programme with this id; none if there is no such programme (an experiment is none). */
    Optional<Stage> programmeStage(long id) {
        return db.select(INITIATIVE.STAGE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(id).and(INITIATIVE.TRACK.eq(Track.STRATEGIC)))
                .fetchOptional(row -> row.value1());
    }

    /** A goal as a picker labels it: its title and horizon year. */
    static Field<String> goalLabel(nl.tweespoor.db.tables.StrategicGoal goal) {
        return DSL.concat(goal.TITLE, DSL.inline(" ("), goal.HORIZON_YEAR.cast(String.class), DSL.inline(")"));
    }

    /** People who own at least one item of the track, for the owner filter. */
    List<Option> owners(Track track) {
        return db.selectDistinct(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .join(INITIATIVE)
                .on(INITIATIVE.OWNER_ID.eq(APP_USER.ID))
                .where(INITIATIVE.TRACK.eq(track))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(row -> new Option(row.value1(), row.value2()));
    }

    /** The stored item's fields as a draft (also for the write repository). */
    static InitiativeDraft draftOf(InitiativeRecord item) {
        return new InitiativeDraft(
                item.getTitle(),
                item.getDescription(),
                item.getHypothesis(),
                Layer.valueOf(item.getLayer()),
                Ambition.valueOf(item.getAmbition()),
                item.getDepartmentId(),
                item.getGoalId(),
                item.getSponsor(),
                item.getLeadName(),
                item.getParticipants(),
                item.getToolVendor(),
                item.getUseCaseCategory(),
                item.getJourneyId(),
                item.getExploresProgrammeId(),
                item.getStartQuarter(),
                item.getEndQuarter(),
                item.getCostEstimate(),
                item.getHoursSavedPerWeek(),
                item.getAdoptionPct(),
                item.getSatisfaction(),
                item.getLearnings());
    }

    private InitiativeDetails toDetails(Record row) {
        var item = row.into(INITIATIVE);
        var draft = draftOf(item);
        return new InitiativeDetails(
                item.getId(),
                item.getTrack(),
                item.getStage(),
                item.getOwnerId(),
                row.get(APP_USER.DISPLAY_NAME),
                row.get(DEPARTMENT.NAME),
                row.get(STRATEGIC_GOAL.TITLE),
                option(item.getGoalId(), row.get("goal_label", String.class)),
                row.get(JOURNEY.TITLE),
                option(item.getExploresProgrammeId(), row.get("explored_title", String.class)),
                draft,
                item.getCreatedAt(),
                item.getUpdatedAt(),
                item.getVersion(),
                item.getPromotedFromId() == null
                        ? null
                        : new Option(item.getPromotedFromId(), row.get("source_title", String.class)),
                row.get("promoted_to_id") == null
                        ? null
                        : new Option(
                                row.get("promoted_to_id", Long.class), row.get("promoted_to_title", String.class)));
    }

    private static @Nullable Option option(@Nullable Long id, @Nullable String label) {
        return id == null || label == null ? null : new Option(id, label);
    }

    private static Condition conditions(InitiativeFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.track() != null) {
            conditions.add(INITIATIVE.TRACK.eq(filter.track()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            var text = filter.text().trim();
            conditions.add(INITIATIVE
                    .TITLE
                    .containsIgnoreCase(text)
                    .or(INITIATIVE.TOOL_VENDOR.containsIgnoreCase(text))
                    .or(INITIATIVE.HYPOTHESIS.containsIgnoreCase(text))
                    .or(INITIATIVE.USE_CASE_CATEGORY.containsIgnoreCase(text)));
        }
        if (filter.departmentId() != null) {
            conditions.add(INITIATIVE.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.stage() != null) {
            conditions.add(INITIATIVE.STAGE.eq(filter.stage()));
        }
        if (filter.ownerId() != null) {
            conditions.add(INITIATIVE.OWNER_ID.eq(filter.ownerId()));
        }
        return DSL.and(conditions);
    }

    private static List<SortField<?>> sortFields(PageRequest page) {
        var fields = SortWhitelist.sortFields(page, SORTABLE);
        if (fields.isEmpty()) {
            fields.add(INITIATIVE.UPDATED_AT.desc());
        }
        fields.add(INITIATIVE.ID.desc());
        return fields;
    }

    /** Writes the first item's row again unchanged (for the benchmark: the portfolio version moves on). */
    /** The lowest id of the track's items (the benchmark's item pages). */
    long firstOfTrack(Track track) {
        var id = db.select(DSL.min(INITIATIVE.ID))
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track))
                .fetchOne(0, Long.class);
        if (id == null) {
            throw new IllegalStateException("no item on the " + track + " track");
        }
        return id;
    }

    int rewriteFirstItem() {
        return db.update(INITIATIVE)
                .set(INITIATIVE.TITLE, INITIATIVE.TITLE)
                .where(INITIATIVE.ID.eq(db.select(DSL.min(INITIATIVE.ID)).from(INITIATIVE)))
                .execute();
    }
}
