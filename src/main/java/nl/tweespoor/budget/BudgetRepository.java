package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.BudgetEnvelopeRecord;
import nl.tweespoor.db.tables.records.BudgetLineRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.Row1;
import org.jooq.SelectOrderByStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Budget queries: each roll-up is one grouped statement over the year's lines, whatever the number of items. */
@Repository
class BudgetRepository {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final String REDESIGN = "REDESIGN";

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;

    BudgetRepository(DSLContext db) {
        this.db = db;
    }

    List<BudgetLine> lines(long initiativeId, int year) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId))
                .and(inYear(year))
                .orderBy(BUDGET_LINE.QUARTER)
                .fetch(l -> new BudgetLine(l.getQuarter(), l.getPlanned(), l.getActual(), l.getVersion()));
    }

    /** The stored lines of the given items in the given quarters, per item: one statement however many items. */
    Map<Long, List<BudgetLine>> lines(Collection<Long> initiativeIds, Collection<String> quarters) {
        var lines = new HashMap<Long, List<BudgetLine>>();
        if (initiativeIds.isEmpty() || quarters.isEmpty()) {
            return lines;
        }
        db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.in(initiativeIds))
                .and(BUDGET_LINE.QUARTER.in(quarters))
                .fetch()
                .forEach(l -> lines.computeIfAbsent(l.getInitiativeId(), k -> new ArrayList<>())
                        .add(new BudgetLine(l.getQuarter(), l.getPlanned(), l.getActual(), l.getVersion())));
        return lines;
    }

    /** The item's line of the quarter as the user saw it ({@code expectedVersion}, 0: none); empty when none. */
    Optional<BudgetLine> lineAsSeen(long initiativeId, String quarter, int expectedVersion) {
        return Versioned.currentOrNone(line(initiativeId, quarter), expectedVersion)
                .map(l -> new BudgetLine(l.getQuarter(), l.getPlanned(), l.getActual(), l.getVersion()));
    }

    /**
     * Stores the item's planned and actual amounts of the quarter, checked against the version the user saw (0: no
     * line yet). The written row is the line's id.
     */
    Written<Long> saveLine(
            long initiativeId, String quarter, BigDecimal planned, BigDecimal actual, int expectedVersion) {
        var line = Versioned.currentOrNone(line(initiativeId, quarter), expectedVersion);
        var record = line.orElseGet(() -> db.newRecord(BUDGET_LINE));
        var before = line.map(AuditLog::snapshot).orElse(null);
        record.setInitiativeId(initiativeId);
        record.setQuarter(quarter);
        record.setPlanned(planned);
        record.setActual(actual);
        Versioned.store(record);
        return line.isPresent()
                ? Written.updated(record.getId(), before, record)
                : Written.inserted(record.getId(), record);
    }

    private Optional<BudgetLineRecord> line(long initiativeId, String quarter) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.eq(quarter))
                .fetchOptional();
    }

    /** Planned and actual of one item over all quarters up to and including the given one. */
    BigDecimal[] toDate(long initiativeId, Quarter current) {
        var row = db.select(coalesce(sum(BUDGET_LINE.PLANNED), ZERO), coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.le(current.toString()))
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    /** The owner and title of an item, for permission checks and audit summaries. */
    Optional<BudgetItem> item(long initiativeId) {
        return db.select(INITIATIVE.ID, INITIATIVE.OWNER_ID, INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(r -> new BudgetItem(r.value1(), r.value2(), r.value3()));
    }

    record BudgetItem(long id, long ownerId, String title) {}

    /** The version of the track's envelope row for the year, 0 when none is stored. */
    int envelopeVersion(Track track, int year) {
        return envelope(track, year).map(BudgetEnvelopeRecord::getVersion).orElse(0);
    }

    /**
     * Sets the track's envelope of the year, checked against the version the leader saw (0: none yet). The written
     * row is the envelope's id.
     */
    Written<Long> setEnvelope(Track track, int year, BigDecimal amount, int expectedVersion) {
        var envelope = Versioned.currentOrNone(envelope(track, year), expectedVersion);
        var record = envelope.orElseGet(() -> db.newRecord(BUDGET_ENVELOPE));
        var before = envelope.map(AuditLog::snapshot).orElse(null);
        record.setTrack(track);
        record.setYear(year);
        record.setAmount(amount);
        Versioned.store(record);
        return envelope.isPresent()
                ? Written.updated(record.getId(), before, record)
                : Written.inserted(record.getId(), record);
    }

    private Optional<BudgetEnvelopeRecord> envelope(Track track, int year) {
        return db.selectFrom(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.TRACK.eq(track), BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchOptional();
    }

    /**
     * Sets the redesign target on the settings row, checked against the version the leader saw (reads go through
     * base.Settings). The written row is the target.
     */
    Written<BigDecimal> setRedesignTarget(BigDecimal pct, int expectedVersion) {
        var row = Versioned.current(
                db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle(), expectedVersion);
        var before = AuditLog.snapshot(row);
        row.setRedesignTargetPct(pct);
        Versioned.store(row);
        return Written.updated(pct, before, row);
    }

    /**
     * The year per track in one statement: planned, actual and planned on REDESIGN items from the year's lines (an
     * index-only range on budget_line_quarter_ix), each track's envelope beside it; a track without lines or
     * envelope still has its row.
     */
    List<TrackSums> yearTotals(int year) {
        var tracks = DSL.values(Arrays.stream(Track.values())
                        .map(t -> DSL.row(DSL.val(t, INITIATIVE.TRACK)))
                        .toArray(Row1[]::new))
                .as("t", "track");
        var track = present(tracks.field("track", INITIATIVE.TRACK.getDataType()));
        var planned = sum(BUDGET_LINE.PLANNED).as("planned");
        var actual = sum(BUDGET_LINE.ACTUAL).as("actual");
        var redesign = sum(BUDGET_LINE.PLANNED)
                .filterWhere(INITIATIVE.AMBITION.eq(REDESIGN))
                .as("redesign");
        var sums = DSL.select(INITIATIVE.TRACK, planned, actual, redesign)
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.TRACK)
                .asTable("s");
        return db.select(
                        track,
                        zeroIfNull(present(sums.field(planned))),
                        zeroIfNull(present(sums.field(actual))),
                        zeroIfNull(present(sums.field(redesign))),
                        zeroIfNull(BUDGET_ENVELOPE.AMOUNT),
                        coalesce(BUDGET_ENVELOPE.VERSION, 0))
                .from(tracks)
                .leftJoin(sums)
                .on(present(sums.field(INITIATIVE.TRACK)).eq(track))
                .leftJoin(BUDGET_ENVELOPE)
                .on(BUDGET_ENVELOPE.TRACK.eq(track), BUDGET_ENVELOPE.YEAR.eq(year))
                .fetch(Records.mapping(
                        (t, p, a, r, envelope, version) -> new TrackSums(t, p, a, r, envelope, version)));
    }

    record TrackSums(
            Track track,
            BigDecimal planned,
            BigDecimal actual,
            BigDecimal redesignPlanned,
            BigDecimal envelope,
            int envelopeVersion) {}

    /**
     * Per goal and per department in one statement (grouping sets over the year's lines); goals by title, then
     * departments by name. Items without a goal count for their department only.
     */
    GroupTotals groupTotals(int year) {
        var byGoal = DSL.grouping(INITIATIVE.GOAL_ID).eq(0).as("by_goal");
        var grouped = DSL.select(
                        byGoal,
                        INITIATIVE.GOAL_ID,
                        INITIATIVE.DEPARTMENT_ID,
                        sum(BUDGET_LINE.PLANNED).as("planned"),
                        sum(BUDGET_LINE.ACTUAL).as("actual"))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(DSL.groupingSets(
                        new Field<?>[] {INITIATIVE.GOAL_ID}, new Field<?>[] {INITIATIVE.DEPARTMENT_ID}))
                .asTable("g");
        var goalId = grouped.field(INITIATIVE.GOAL_ID);
        var departmentId = grouped.field(INITIATIVE.DEPARTMENT_ID);
        var isGoal = present(grouped.field(byGoal));
        var goalRow = DSL.condition(isGoal);
        var label = DSL.when(isGoal, STRATEGIC_GOAL.TITLE).else_(DEPARTMENT.NAME);
        var rows = db.select(
                        isGoal,
                        DSL.when(isGoal, goalId).else_(departmentId),
                        label,
                        zeroIfNull(present(grouped.field("planned", BigDecimal.class))),
                        zeroIfNull(present(grouped.field("actual", BigDecimal.class))))
                .from(grouped)
                .leftJoin(STRATEGIC_GOAL)
                .on(goalRow, STRATEGIC_GOAL.ID.eq(goalId))
                .leftJoin(DEPARTMENT)
                .on(goalRow.not(), DEPARTMENT.ID.eq(departmentId))
                .where(DSL.when(isGoal, goalId).else_(departmentId).isNotNull())
                .orderBy(isGoal.desc(), label)
                .fetch();
        var goals = new ArrayList<Rollup>();
        var departments = new ArrayList<Rollup>();
        for (var row : rows) {
            var rollup = new Rollup(String.valueOf(row.value2()), row.value3(), row.value4(), row.value5(), null);
            (Boolean.TRUE.equals(row.value1()) ? goals : departments).add(rollup);
        }
        return new GroupTotals(goals, departments);
    }

    record GroupTotals(List<Rollup> goals, List<Rollup> departments) {}

    /**
     * Items whose actual spend is above plan (PRODUCT.md §4, the same rule as the OVER_BUDGET flag): to date (actual
     * so far against the plan of quarters up to now) or in the current quarter. One page, by title.
     */
    List<Rollup> overBudgetItems(int year, Quarter current, int offset, int limit) {
        return overBudget(year, current)
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping((id, track, title, plannedToDate, actual) ->
                        new Rollup(track.itemPath(id), title, plannedToDate, actual, null)));
    }

    int countOverBudgetItems(int year, Quarter current) {
        return db.fetchCount(overBudget(year, current));
    }

    private SelectOrderByStep<Record5<Long, Track, String, BigDecimal, BigDecimal>> overBudget(
            int year, Quarter current) {
        Field<BigDecimal> plannedToDate =
                zeroIfNull(sum(when(BUDGET_LINE.QUARTER.le(current.toString()), BUDGET_LINE.PLANNED)
                        .else_(ZERO)));
        Field<BigDecimal> actual = zeroIfNull(sum(BUDGET_LINE.ACTUAL));
        return db.select(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE, plannedToDate, actual)
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE)
                .having(actual.gt(plannedToDate)
                        .or(boolOr(BUDGET_LINE
                                .QUARTER
                                .eq(current.toString())
                                .and(BUDGET_LINE.ACTUAL.gt(BUDGET_LINE.PLANNED)))));
    }

    private static Field<BigDecimal> zeroIfNull(Field<BigDecimal> value) {
        return coalesce(value, ZERO);
    }

    private static Condition inYear(int year) {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }

    /**
     * The year's stored lines per item and quarter for an export, by item title, item and quarter, read on a cursor a
     * batch at a time: the caller closes the stream inside its transaction.
     */
    Stream<BudgetExport.LineRow> exportLines(int year) {
        return db
                .select(
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        INITIATIVE.TRACK,
                        DEPARTMENT.NAME,
                        STRATEGIC_GOAL.TITLE,
                        BUDGET_LINE.QUARTER,
                        BUDGET_LINE.PLANNED,
                        BUDGET_LINE.ACTUAL)
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .leftJoin(STRATEGIC_GOAL)
                .on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .where(inYear(year))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID, BUDGET_LINE.QUARTER)
                .fetchSize(EXPORT_BATCH)
                .stream()
                .map(Records.mapping(BudgetExport.LineRow::new));
    }

    /** A column of a derived table that this statement itself put there, so it is never missing. */
    private static <T> Field<T> present(@Nullable Field<T> field) {
        return Objects.requireNonNull(field);
    }
}
