package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.ReviewRecord;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reviews themselves: listing, opening and closing, and the locking read deciding and closing start with. */
@Repository
class ReviewRepository {

    /** A review as deciding and closing see it after locking it. */
    record LockedReview(long id, String quarter, ReviewState state, int version) {

        void requireInProgress() {
            state.requireInProgress();
        }
    }

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    List<ReviewRow> reviews(int offset, int limit) {
        return rows().orderBy(REVIEW.QUARTER.desc()).offset(offset).limit(limit).fetch(ReviewRepository::row);
    }

    int countReviews() {
        return db.fetchCount(REVIEW);
    }

    /** The review with the number of its decisions. */
    Optional<ReviewRow> review(long id) {
        return rows().where(REVIEW.ID.eq(id)).fetchOptional(ReviewRepository::row);
    }

    Optional<ReviewState> state(long id) {
        return db.select(REVIEW.STATUS)
                .from(REVIEW)
                .where(REVIEW.ID.eq(id))
                .fetchOptional(r -> ReviewState.valueOf(r.value1()));
    }

    /**
     * The review, locked until the transaction ends: deciding and closing both start here, so they take turns and
     * each sees the other's committed work (under READ COMMITTED a locking read returns the newest row).
     */
    Optional<LockedReview> lockedReview(long id) {
        return db.selectFrom(REVIEW)
                .where(REVIEW.ID.eq(id))
                .forUpdate()
                .fetchOptional(r -> new LockedReview(
                        r.getId(), r.getQuarter(), ReviewState.valueOf(r.getStatus()), r.getVersion()));
    }

    boolean quarterTaken(String quarter) {
        return db.fetchExists(REVIEW, REVIEW.QUARTER.eq(quarter));
    }

    boolean anotherInProgress() {
        return db.fetchExists(REVIEW, REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()));
    }

    /** The planned review of the quarter, if there is one: opening it starts that review. */
    Optional<Long> plannedReview(String quarter) {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.QUARTER.eq(quarter), REVIEW.STATUS.eq(ReviewState.PLANNED.name()))
                .fetchOptional(REVIEW.ID);
    }

    /** A new planned review of the quarter, meeting on the date; the row is its id. */
    Written<Long> plan(String quarter, LocalDate meetingDate) {
        var review = db.newRecord(REVIEW);
        review.setQuarter(quarter);
        review.setStatus(ReviewState.PLANNED.name());
        review.setMeetingDate(meetingDate);
        Versioned.store(review);
        return Written.inserted(review.getId(), review);
    }

    /** Moves a planned review's meeting, as long as it is still the version the leader saw and still planned. */
    Written<Long> reschedule(long id, int expectedVersion, LocalDate meetingDate) {
        var review = Versioned.current(stored(id), expectedVersion);
        var before = AuditLog.snapshot(review);
        review.setMeetingDate(meetingDate);
        Versioned.store(review);
        return Written.updated(id, before, review);
    }

    /** Starts a planned review: in progress from now on. */
    Written<Long> start(long id, OffsetDateTime openedAt) {
        var review = stored(id);
        var before = AuditLog.snapshot(review);
        review.setStatus(ReviewState.IN_PROGRESS.name());
        review.setOpenedAt(openedAt);
        Versioned.store(review);
        return Written.updated(id, before, review);
    }

    /** A new review in progress for the quarter; the row is its id. */
    Written<Long> open(String quarter, OffsetDateTime openedAt) {
        var review = db.newRecord(REVIEW);
        review.setQuarter(quarter);
        review.setStatus(ReviewState.IN_PROGRESS.name());
        review.setOpenedAt(openedAt);
        Versioned.store(review);
        return Written.inserted(review.getId(), review);
    }

    /** Closes the review the caller locked, as long as it is still the version it locked. */
    Written<Long> close(long id, int expectedVersion, long closedBy, OffsetDateTime closedAt) {
        var review = Versioned.current(stored(id), expectedVersion);
        var before = AuditLog.snapshot(review);
        review.setStatus(ReviewState.CLOSED.name());
        review.setClosedAt(closedAt);
        review.setClosedBy(closedBy);
        Versioned.store(review);
        return Written.updated(id, before, review);
    }

    String organisationName() {
        return db.select(APP_SETTING.ORGANISATION_NAME)
                .from(APP_SETTING)
                .where(APP_SETTING.ID.eq(1))
                .fetchOptional(APP_SETTING.ORGANISATION_NAME)
                .orElse("Tweespoor");
    }

    private ReviewRecord stored(long id) {
        return db.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional().orElseThrow(NotFoundException::new);
    }

    private SelectJoinStep<Record8<Long, String, String, OffsetDateTime, OffsetDateTime, Integer, LocalDate, Integer>>
            rows() {
        var decisions =
                DSL.field(DSL.selectCount().from(REVIEW_DECISION).where(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID)));
        return db.select(
                        REVIEW.ID,
                        REVIEW.QUARTER,
                        REVIEW.STATUS,
                        REVIEW.OPENED_AT,
                        REVIEW.CLOSED_AT,
                        decisions,
                        REVIEW.MEETING_DATE,
                        REVIEW.VERSION)
                .from(REVIEW);
    }

    private static ReviewRow row(
            Record8<Long, String, String, OffsetDateTime, OffsetDateTime, Integer, LocalDate, Integer> r) {
        return new ReviewRow(
                r.value1(),
                r.value2(),
                ReviewState.valueOf(r.value3()),
                r.value4(),
                r.value5(),
                r.value6(),
                r.value7(),
                r.value8());
    }
}
