package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.count;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A review's decisions one at a time: the item decided on, storing the decision, and reading them back. */
@Repository
class DecisionRepository {

    /** What a decision is checked against, and its audit summary names. */
    record Subject(String title, Track track, Stage stage) {}

    /** A checked decision as it is stored, its texts trimmed. */
    record Recorded(
            Decision decision,
            String reason,
            @Nullable String conditions,
            @Nullable String learned,
            long decidedBy,
            OffsetDateTime decidedAt) {}

    private final DSLContext db;

    DecisionRepository(DSLContext db) {
        this.db = db;
    }

    Subject subject(long initiativeId) {
        return db.select(INITIATIVE.TITLE, INITIATIVE.TRACK, INITIATIVE.STAGE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchSingle(r -> new Subject(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Records the decision on the item or replaces the one recorded, as long as its version is still {@code
     * expectedVersion} (0: none yet); the row is the decision's id.
     */
    Written<Long> save(long reviewId, long initiativeId, Recorded decision, int expectedVersion) {
        var existing = Versioned.currentOrNone(
                db.selectFrom(REVIEW_DECISION)
                        .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId), REVIEW_DECISION.INITIATIVE_ID.eq(initiativeId))
                        .fetchOptional(),
                expectedVersion);
        var record = existing.orElseGet(() -> db.newRecord(REVIEW_DECISION));
        var before = existing.map(AuditLog::snapshot).orElse(null);
        record.setReviewId(reviewId);
        record.setInitiativeId(initiativeId);
        record.setDecision(decision.decision().name());
        record.setReason(decision.reason());
        record.setConditions(decision.conditions());
        record.setLearned(decision.learned());
        record.setDecidedBy(decision.decidedBy());
        record.setDecidedAt(decision.decidedAt());
        Versioned.store(record);
        return Written.updated(record.getId(), before, record);
    }

    /** The decisions on an item in any review, newest quarter first (at most 200). */
    List<DecisionRow> decisionsOf(long initiativeId) {
        return DecisionRowQuery.select(db)
                .where(REVIEW_DECISION.INITIATIVE_ID.eq(initiativeId))
                .orderBy(REVIEW.QUARTER.desc(), INITIATIVE.TITLE)
                .offset(0)
                .limit(200)
                .fetch(Records.mapping(DecisionRow::new));
    }

    Map<String, Long> decisionCounts(long reviewId) {
        return db.select(REVIEW_DECISION.DECISION, count())
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(reviewId))
                .groupBy(REVIEW_DECISION.DECISION)
                .fetchMap(r -> r.value1(), r -> r.value2().longValue());
    }
}
