package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.function.Consumer;
import nl.tweespoor.db.tables.records.ReviewDecisionRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules the database itself enforces, whatever the application does: append-only audit, final closed reviews and
 * check constraints. Each statement runs in its own transaction that is always rolled back, so a failed statement
 * does not poison the next one and the demo data stays as it was.
 */
class DatabaseRulesTest extends DatabaseTest {

    private static final String RAISED_BY_TRIGGER = "P0001";
    private static final String CHECK_VIOLATION = "23514";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate transaction;

    // The app's role may not even try (LeastPrivilegeTest); the triggers hold for the owner as well.
    @Test
    void audit_events_cannot_be_updated() {
        long id = db.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).limit(1).fetchSingle(AUDIT_EVENT.ID);
        assertRefusedForOwner(
                RAISED_BY_TRIGGER,
                "append-only",
                sql -> sql.update(AUDIT_EVENT)
                        .set(AUDIT_EVENT.SUMMARY, "rewritten")
                        .where(AUDIT_EVENT.ID.eq(id))
                        .execute());
    }

    @Test
    void audit_events_cannot_be_deleted() {
        long id = db.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).limit(1).fetchSingle(AUDIT_EVENT.ID);
        assertRefusedForOwner(
                RAISED_BY_TRIGGER,
                "append-only",
                sql -> sql.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute());
        assertRefusedForOwner(
                RAISED_BY_TRIGGER,
                "append-only",
                sql -> sql.truncate(AUDIT_EVENT).execute());
    }

    @Test
    void demo_data_has_four_closed_reviews_and_one_in_progress() {
        assertThat(db.fetchCount(REVIEW, REVIEW.STATUS.eq("CLOSED"))).isEqualTo(4);
        assertThat(db.fetchCount(REVIEW, REVIEW.STATUS.eq("IN_PROGRESS"))).isEqualTo(1);
    }

    @Test
    void a_closed_review_cannot_be_updated_or_deleted() {
        for (long review : reviews("CLOSED")) {
            assertRefused(
                    RAISED_BY_TRIGGER,
                    "is closed",
                    sql -> sql.update(REVIEW)
                            .set(REVIEW.STATUS, "IN_PROGRESS")
                            .setNull(REVIEW.CLOSED_AT)
                            .where(REVIEW.ID.eq(review))
                            .execute());
            assertRefused(
                    RAISED_BY_TRIGGER,
                    "is closed",
                    sql -> sql.deleteFrom(REVIEW).where(REVIEW.ID.eq(review)).execute());
        }
    }

    @Test
    void decisions_of_a_closed_review_cannot_be_updated_deleted_or_added() {
        for (long review : reviews("CLOSED")) {
            var decision = firstDecisionOf(review);
            assertRefused(
                    RAISED_BY_TRIGGER,
                    "closed review",
                    sql -> sql.update(REVIEW_DECISION)
                            .set(REVIEW_DECISION.REASON, "rewritten")
                            .where(REVIEW_DECISION.ID.eq(decision.getId()))
                            .execute());
            assertRefused(
                    RAISED_BY_TRIGGER,
                    "closed review",
                    sql -> sql.deleteFrom(REVIEW_DECISION)
                            .where(REVIEW_DECISION.ID.eq(decision.getId()))
                            .execute());
            assertRefused(
                    RAISED_BY_TRIGGER,
                    "closed review",
                    sql -> insertDecision(sql, review, itemWithoutDecisionIn(review), decision.getDecidedBy()));
        }
    }

    @Test
    void reviews_and_decisions_cannot_be_truncated_by_the_app_nor_by_the_owner() {
        assertRefused(
                INSUFFICIENT_PRIVILEGE,
                "permission denied",
                sql -> sql.truncate(REVIEW_DECISION).execute());
        assertRefused(
                INSUFFICIENT_PRIVILEGE,
                "permission denied",
                sql -> sql.truncate(REVIEW).cascade().execute());
        assertRefusedForOwner(
                RAISED_BY_TRIGGER,
                "cannot be truncated",
                sql -> sql.truncate(REVIEW_DECISION).execute());
        assertRefusedForOwner(
                RAISED_BY_TRIGGER,
                "cannot be truncated",
                sql -> sql.truncate(REVIEW).cascade().execute());
        assertThat(db.fetchCount(REVIEW)).isEqualTo(5);
    }

    @Test
    void a_decision_cannot_be_moved_out_of_a_closed_review() {
        long closed = reviews("CLOSED")[0];
        long open = reviews("IN_PROGRESS")[0];
        var decision = firstDecisionOf(closed);
        assertRefused(
                RAISED_BY_TRIGGER,
                "closed review",
                sql -> sql.update(REVIEW_DECISION)
                        .set(REVIEW_DECISION.REVIEW_ID, open)
                        .where(REVIEW_DECISION.ID.eq(decision.getId()))
                        .execute());
    }

    @Test
    void decisions_of_a_review_in_progress_can_change() {
        long review = reviews("IN_PROGRESS")[0];
        var decision = firstDecisionOf(review);
        inRolledBackTransaction(sql -> {
            assertThat(sql.update(REVIEW_DECISION)
                            .set(REVIEW_DECISION.REASON, "Bijgesteld")
                            .where(REVIEW_DECISION.ID.eq(decision.getId()))
                            .execute())
                    .isEqualTo(1);
            assertThat(insertDecision(sql, review, itemWithoutDecisionIn(review), decision.getDecidedBy()))
                    .isEqualTo(1);
            assertThat(sql.deleteFrom(REVIEW_DECISION)
                            .where(REVIEW_DECISION.ID.eq(decision.getId()))
                            .execute())
                    .isEqualTo(1);
        });
        assertThat(firstDecisionOf(review).getReason()).isEqualTo(decision.getReason());
    }

    @Test
    void negative_planned_budget_is_refused() {
        long line = db.select(BUDGET_LINE.ID).from(BUDGET_LINE).limit(1).fetchSingle(BUDGET_LINE.ID);
        assertRefused(
                CHECK_VIOLATION,
                "budget_line_planned_ck",
                sql -> sql.update(BUDGET_LINE)
                        .set(BUDGET_LINE.PLANNED, new BigDecimal("-1"))
                        .where(BUDGET_LINE.ID.eq(line))
                        .execute());
    }

    @Test
    void end_quarter_before_start_quarter_is_refused() {
        long item = anyItem(Track.PERSONAL);
        assertRefused(
                CHECK_VIOLATION,
                "initiative_quarters_ck",
                sql -> sql.update(INITIATIVE)
                        .set(INITIATIVE.START_QUARTER, "2027-Q3")
                        .set(INITIATIVE.END_QUARTER, "2027-Q2")
                        .where(INITIATIVE.ID.eq(item))
                        .execute());
    }

    @Test
    void a_stage_of_the_other_track_is_refused() {
        long experiment = anyItem(Track.PERSONAL);
        assertRefused(
                CHECK_VIOLATION,
                "initiative_stage_ck",
                sql -> sql.update(INITIATIVE)
                        .set(INITIATIVE.STAGE, Stage.PILOT)
                        .where(INITIATIVE.ID.eq(experiment))
                        .execute());
        long programme = anyItem(Track.STRATEGIC);
        assertRefused(
                CHECK_VIOLATION,
                "initiative_stage_ck",
                sql -> sql.update(INITIATIVE)
                        .set(INITIATIVE.STAGE, Stage.RUNNING)
                        .where(INITIATIVE.ID.eq(programme))
                        .execute());
    }

    @Test
    void a_malformed_quarter_is_refused() {
        long item = anyItem(Track.PERSONAL);
        assertRefused(
                CHECK_VIOLATION,
                "initiative_start_quarter_ck",
                sql -> sql.update(INITIATIVE)
                        .set(INITIATIVE.START_QUARTER, "2027-5")
                        .setNull(INITIATIVE.END_QUARTER)
                        .where(INITIATIVE.ID.eq(item))
                        .execute());
        long line = db.select(BUDGET_LINE.ID).from(BUDGET_LINE).limit(1).fetchSingle(BUDGET_LINE.ID);
        assertRefused(
                CHECK_VIOLATION,
                "budget_line_quarter_ck",
                sql -> sql.update(BUDGET_LINE)
                        .set(BUDGET_LINE.QUARTER, "2027-Q5")
                        .where(BUDGET_LINE.ID.eq(line))
                        .execute());
    }

    @Test
    void a_valid_change_in_a_rolled_back_transaction_is_accepted_and_leaves_no_trace() {
        long item = anyItem(Track.PERSONAL);
        String title = db.select(INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(item))
                .fetchSingle(INITIATIVE.TITLE);
        inRolledBackTransaction(sql -> assertThat(sql.update(INITIATIVE)
                        .set(INITIATIVE.TITLE, "Tijdelijk")
                        .where(INITIATIVE.ID.eq(item))
                        .execute())
                .isEqualTo(1));
        assertThat(db.select(INITIATIVE.TITLE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(item))
                        .fetchSingle(INITIATIVE.TITLE))
                .isEqualTo(title);
    }

    private void assertRefused(String sqlState, String messagePart, Consumer<DSLContext> statement) {
        var thrown = catchThrowable(() -> inRolledBackTransaction(statement));
        assertThat(thrown).as("the database should refuse this statement").isNotNull();
        assertThat(sqlStateOf(thrown)).as("SQL state of %s", thrown).isEqualTo(sqlState);
        assertThat(thrown).hasStackTraceContaining(messagePart);
    }

    private static void assertRefusedForOwner(String sqlState, String messagePart, Consumer<DSLContext> statement) {
        var thrown = catchThrowable(() -> TestDatabase.asOwnerRolledBack(statement));
        assertThat(thrown).as("the database should refuse this statement").isNotNull();
        assertThat(sqlStateOf(thrown)).as("SQL state of %s", thrown).isEqualTo(sqlState);
        assertThat(thrown).hasStackTraceContaining(messagePart);
    }

    private void inRolledBackTransaction(Consumer<DSLContext> work) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.accept(db);
        });
    }

    private static String sqlStateOf(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private long[] reviews(String status) {
        var ids = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq(status))
                .orderBy(REVIEW.ID)
                .fetch(REVIEW.ID);
        assertThat(ids).as("%s reviews in the demo data", status).isNotEmpty();
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private ReviewDecisionRecord firstDecisionOf(long review) {
        return db.selectFrom(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(review))
                .orderBy(REVIEW_DECISION.ID)
                .limit(1)
                .fetchSingle();
    }

    private long itemWithoutDecisionIn(long review) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.notIn(db.select(REVIEW_DECISION.INITIATIVE_ID)
                        .from(REVIEW_DECISION)
                        .where(REVIEW_DECISION.REVIEW_ID.eq(review))))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    private long anyItem(Track track) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(track))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    private static int insertDecision(DSLContext sql, long review, long item, long decidedBy) {
        return sql.insertInto(REVIEW_DECISION)
                .set(REVIEW_DECISION.REVIEW_ID, review)
                .set(REVIEW_DECISION.INITIATIVE_ID, item)
                .set(REVIEW_DECISION.DECISION, "CONTINUE")
                .set(REVIEW_DECISION.REASON, "Test")
                .set(REVIEW_DECISION.DECIDED_BY, decidedBy)
                .execute();
    }
}
