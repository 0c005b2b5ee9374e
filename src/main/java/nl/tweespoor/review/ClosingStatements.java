package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.JSONEntry;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements of closing a review: a handful of statements whether it decided 40 items or 4,000.
 * Each change is preceded by a locking read and the audit events of the rows it changes, written in one
 * INSERT ... SELECT from the rows as they are and as they will be.
 */
@Repository
class ClosingStatements {

    /** Every open stage may move to STOPPED (initiative.StageRules); the gate never refuses a stop. */
    static final Set<Stage> STOPPABLE = Stage.OPEN;

    private final DSLContext db;

    ClosingStatements(DSLContext db) {
        this.db = db;
    }

    /** An item whose decision needs its own operation (PROMOTE, SCALE): few per review. */
    record OneByOne(long initiativeId, String decision, Stage stage, String title, int version) {}

    /** Active items without a decision, and the decisions recorded. */
    record Tally(int undecided, int decided) {}

    Tally tally(long reviewId) {
        var undecided = DSL.field(DSL.selectCount()
                .from(INITIATIVE)
                .where(
                        INITIATIVE.STAGE.in(Stage.ACTIVE),
                        INITIATIVE.ID.notIn(select(REVIEW_DECISION.INITIATIVE_ID)
                                .from(REVIEW_DECISION)
                                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId)))));
        var decided = DSL.field(DSL.selectCount().from(REVIEW_DECISION).where(REVIEW_DECISION.REVIEW_ID.eq(reviewId)));
        return db.select(undecided, decided).fetchSingle(Records.mapping(Tally::new));
    }

    /** A STOP decision on an item that can no longer stop (it concluded or ended meanwhile): title and stage. */
    Optional<String[]> firstUnstoppable(long reviewId) {
        return db.select(INITIATIVE.TITLE, INITIATIVE.STAGE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(stopped(reviewId)), INITIATIVE.STAGE.notIn(STOPPABLE))
                .orderBy(INITIATIVE.TITLE)
                .limit(1)
                .fetchOptional(r -> new String[] {r.value1(), r.value2().name()});
    }

    List<OneByOne> oneByOne(long reviewId) {
        return db.select(
                        INITIATIVE.ID, REVIEW_DECISION.DECISION, INITIATIVE.STAGE, INITIATIVE.TITLE, INITIATIVE.VERSION)
                .from(REVIEW_DECISION)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(REVIEW_DECISION.INITIATIVE_ID))
                .where(
                        REVIEW_DECISION.REVIEW_ID.eq(reviewId),
                        REVIEW_DECISION.DECISION.in(Decision.PROMOTE.name(), Decision.SCALE.name()))
                .orderBy(INITIATIVE.ID)
                .fetch(Records.mapping(OneByOne::new));
    }

    /** Locks the stopped items' later budget lines that still plan money, for their release. */
    void lockLaterPlanned(long reviewId, Quarter current) {
        db.select(BUDGET_LINE.ID)
                .from(BUDGET_LINE)
                .where(laterPlanned(reviewId, current))
                .orderBy(BUDGET_LINE.ID)
                .forUpdate()
                .execute();
    }

    /** BUDGET_RELEASED per line: planned before, zero after. */
    Select<Record5<Long, Long, String, JSONB, JSONB>> releasedLines(
            long reviewId, Quarter current, String reviewQuarter) {
        var after = replaced(
                BUDGET_LINE,
                Map.<Field<?>, Field<?>>of(
                        BUDGET_LINE.PLANNED,
                        inline(BigDecimal.ZERO),
                        BUDGET_LINE.VERSION,
                        BUDGET_LINE.VERSION.plus(1)));
        return DSL.select(
                        BUDGET_LINE.ID,
                        BUDGET_LINE.INITIATIVE_ID,
                        DSL.concat(
                                inline("Review " + reviewQuarter + " stopped the item: planned "),
                                BUDGET_LINE.PLANNED.cast(SQLDataType.VARCHAR),
                                inline(" of "),
                                BUDGET_LINE.QUARTER,
                                inline(" released")),
                        DSL.jsonbObject(BUDGET_LINE.fields()),
                        DSL.jsonbObject(after))
                .from(BUDGET_LINE)
                .where(laterPlanned(reviewId, current));
    }

    /** Writes on each STOP decision the planned money it releases; returns the total. */
    BigDecimal recordReleased(long reviewId, Quarter current) {
        var amount = DSL.field(select(coalesce(sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(REVIEW_DECISION.INITIATIVE_ID), later(current)));
        return db
                .update(REVIEW_DECISION)
                .set(REVIEW_DECISION.BUDGET_RELEASED, amount)
                .set(REVIEW_DECISION.VERSION, REVIEW_DECISION.VERSION.plus(1))
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId), REVIEW_DECISION.DECISION.eq(Decision.STOP.name()))
                .returningResult(REVIEW_DECISION.BUDGET_RELEASED)
                .fetch(REVIEW_DECISION.BUDGET_RELEASED)
                .stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void releaseLaterPlanned(long reviewId, Quarter current) {
        db.update(BUDGET_LINE)
                .set(BUDGET_LINE.PLANNED, BigDecimal.ZERO)
                .set(BUDGET_LINE.VERSION, BUDGET_LINE.VERSION.plus(1))
                .where(laterPlanned(reviewId, current))
                .execute();
    }

    void lockStopped(long reviewId) {
        db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(stopped(reviewId)))
                .orderBy(INITIATIVE.ID)
                .forUpdate()
                .execute();
    }

    /** STAGE_CHANGED per stopped item, as a single stage move writes it. */
    Select<Record5<Long, Long, String, JSONB, JSONB>> stoppedItems(long reviewId) {
        var after = replaced(
                INITIATIVE,
                Map.<Field<?>, Field<?>>of(
                        INITIATIVE.STAGE,
                        // the audit JSON holds the stage's name, as the column does
                        inline(Stage.STOPPED.name()),
                        INITIATIVE.VERSION,
                        INITIATIVE.VERSION.plus(1),
                        INITIATIVE.UPDATED_AT,
                        DSL.currentOffsetDateTime()));
        return DSL.select(
                        INITIATIVE.ID,
                        INITIATIVE.ID,
                        // the summary is text: "title: STAGE → STOPPED"
                        DSL.concat(
                                INITIATIVE.TITLE, inline(": "), INITIATIVE.STAGE, inline(" → " + Stage.STOPPED.name())),
                        DSL.jsonbObject(INITIATIVE.fields()),
                        DSL.jsonbObject(after))
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(stopped(reviewId)));
    }

    void stop(long reviewId) {
        db.update(INITIATIVE)
                .set(INITIATIVE.STAGE, Stage.STOPPED)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                .set(INITIATIVE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(INITIATIVE.ID.in(stopped(reviewId)))
                .execute();
    }

    private static Select<Record1<Long>> stopped(long reviewId) {
        return select(REVIEW_DECISION.INITIATIVE_ID)
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId), REVIEW_DECISION.DECISION.eq(Decision.STOP.name()));
    }

    private static Condition laterPlanned(long reviewId, Quarter current) {
        return BUDGET_LINE
                .INITIATIVE_ID
                .in(stopped(reviewId))
                .and(later(current))
                .and(BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO));
    }

    private static Condition later(Quarter current) {
        return BUDGET_LINE.QUARTER.gt(current.toString());
    }

    /** The row after the update: each column under its name, some replaced by what the update writes. */
    private static List<JSONEntry<?>> replaced(Table<?> table, Map<Field<?>, Field<?>> replacements) {
        var byName = new HashMap<String, Field<?>>();
        replacements.forEach((column, value) -> byName.put(column.getName(), value));
        return Arrays.stream(table.fields())
                .<JSONEntry<?>>map(f -> DSL.jsonEntry(f.getName(), byName.getOrDefault(f.getName(), f)))
                .toList();
    }
}
