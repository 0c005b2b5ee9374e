package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.ReviewRecord;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reviews themselves: listing, opening and closing, and the locking read deciding and closing start with. */
@Repository
class ReviewRepository {

    static final List<String> ACTIVE = Stage.activeNames();

    /** A review as deciding and closing see it after locking it. */
    record LockedReview(long id, String quarter, ReviewState state, int version) {

        boolean inProgress() {
            return state == ReviewState.IN_PROGRESS;
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

    /** Which of these items aim to redesign work (ambition REDESIGN) rather than optimise it. */
    Set<Long> redesigns(Collection<Long> ids) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.in(ids))
                .and(INITIATIVE.AMBITION.eq("REDESIGN"))
                .fetchSet(INITIATIVE.ID);
    }

    private ReviewRecord stored(long id) {
        return db.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional().orElseThrow(NotFoundException::new);
    }

    private SelectJoinStep<Record6<Long, String, String, OffsetDateTime, OffsetDateTime, Integer>> rows() {
        var decisions =
                DSL.field(DSL.selectCount().from(REVIEW_DECISION).where(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID)));
        return db.select(REVIEW.ID, REVIEW.QUARTER, REVIEW.STATUS, REVIEW.OPENED_AT, REVIEW.CLOSED_AT, decisions)
                .from(REVIEW);
    }

    private static ReviewRow row(Record6<Long, String, String, OffsetDateTime, OffsetDateTime, Integer> r) {
        return new ReviewRow(
                r.value1(), r.value2(), ReviewState.valueOf(r.value3()), r.value4(), r.value5(), r.value6());
    }
}
