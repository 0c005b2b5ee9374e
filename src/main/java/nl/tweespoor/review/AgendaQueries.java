package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The agenda in SQL: which items a review lists, filtered and paged, with the review's own decision joined by review
 * id (never matched in Java, never capped). An open review lists every active item plus those it decided; a closed
 * one what it decided.
 */
@Repository
class AgendaQueries {

    private final DSLContext db;

    AgendaQueries(DSLContext db) {
        this.db = db;
    }

    /** An agenda line before its flags are added. */
    record Line(
            long id,
            Track track,
            String title,
            Stage stage,
            String owner,
            @Nullable String decision) {}

    List<Line> page(
            long reviewId, boolean closed, AgendaFilter filter, AgendaFlagSql.Flagging flags, int offset, int limit) {
        return lines(reviewId)
                .where(member(closed), narrowed(filter, flags))
                .orderBy(flags.flaggedFirst(), INITIATIVE.TRACK, INITIATIVE.TITLE, INITIATIVE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Line::new));
    }

    int count(long reviewId, boolean closed, AgendaFilter filter, AgendaFlagSql.Flagging flags) {
        return db.fetchCount(db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .leftJoin(REVIEW_DECISION)
                .on(own(reviewId))
                .where(member(closed), narrowed(filter, flags)));
    }

    Optional<Line> line(long reviewId, boolean closed, long initiativeId) {
        return lines(reviewId)
                .where(member(closed), INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(Records.mapping(Line::new));
    }

    AgendaProgress progress(long reviewId, boolean closed) {
        return db.select(DSL.count(), DSL.count(REVIEW_DECISION.ID))
                .from(INITIATIVE)
                .leftJoin(REVIEW_DECISION)
                .on(own(reviewId))
                .where(member(closed))
                .fetchSingle(Records.mapping(AgendaProgress::new));
    }

    /** Active items of an open review without a decision yet (and, with {@code also}, whatever else it demands). */
    int countUndecided(long reviewId, Condition also) {
        return db.fetchCount(INITIATIVE, undecided(reviewId).and(also));
    }

    /** CONTINUE with one reason for every undecided active item matching {@code which}; the new decisions' ids. */
    List<Long> continueUndecided(long reviewId, Condition which, String reason, long decidedBy) {
        return db.insertInto(
                        REVIEW_DECISION,
                        REVIEW_DECISION.REVIEW_ID,
                        REVIEW_DECISION.INITIATIVE_ID,
                        REVIEW_DECISION.DECISION,
                        REVIEW_DECISION.REASON,
                        REVIEW_DECISION.DECIDED_BY,
                        REVIEW_DECISION.DECIDED_AT)
                .select(DSL.select(
                                val(reviewId),
                                INITIATIVE.ID,
                                inline(Decision.CONTINUE.name()),
                                val(reason),
                                val(decidedBy),
                                DSL.currentOffsetDateTime())
                        .from(INITIATIVE)
                        .where(undecided(reviewId).and(which)))
                .returningResult(REVIEW_DECISION.ID)
                .fetch(REVIEW_DECISION.ID);
    }

    /** One DECISION_RECORDED event per new decision, as a single decision writes it (no before, the row after). */
    Select<Record5<Long, Long, String, JSONB, JSONB>> recordedDecisions(List<Long> decisionIds, String quarter) {
        return DSL.select(
                        REVIEW_DECISION.ID,
                        REVIEW_DECISION.INITIATIVE_ID,
                        DSL.concat(inline(quarter + " "), INITIATIVE.TITLE, inline(": "), REVIEW_DECISION.DECISION),
                        DSL.castNull(SQLDataType.JSONB),
                        DSL.jsonbObject(REVIEW_DECISION.fields()))
                .from(REVIEW_DECISION)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(REVIEW_DECISION.INITIATIVE_ID))
                .where(REVIEW_DECISION.ID.eq(
                        DSL.any(val(decisionIds.toArray(Long[]::new), SQLDataType.BIGINT.array()))));
    }

    /** Every decision on the given items in any review, newest quarter first: the evidence's history. */
    Map<Long, List<DecisionRow>> decisionsOf(Collection<Long> initiativeIds) {
        return DecisionRowQuery.select(db)
                .where(REVIEW_DECISION.INITIATIVE_ID.in(initiativeIds))
                .orderBy(REVIEW.QUARTER.desc())
                .fetch(Records.mapping(DecisionRow::new))
                .stream()
                .collect(Collectors.groupingBy(DecisionRow::initiativeId));
    }

    /** Whether an open review lists the item: it is active, or this review already decided it. */
    boolean onOpenAgenda(long reviewId, long initiativeId) {
        return db.fetchExists(db.selectOne()
                .from(INITIATIVE)
                .leftJoin(REVIEW_DECISION)
                .on(own(reviewId))
                .where(member(false), INITIATIVE.ID.eq(initiativeId)));
    }

    private SelectOnConditionStep<Record6<Long, Track, String, Stage, String, String>> lines(long reviewId) {
        return db.select(
                        INITIATIVE.ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        INITIATIVE.STAGE,
                        APP_USER.DISPLAY_NAME,
                        REVIEW_DECISION.DECISION)
                .from(INITIATIVE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(INITIATIVE.OWNER_ID))
                .leftJoin(REVIEW_DECISION)
                .on(own(reviewId));
    }

    /** The review's own decision on the item: joined by review id, so an old review's decisions always show. */
    private static Condition own(long reviewId) {
        return REVIEW_DECISION.INITIATIVE_ID.eq(INITIATIVE.ID).and(REVIEW_DECISION.REVIEW_ID.eq(reviewId));
    }

    private static Condition member(boolean closed) {
        var decided = REVIEW_DECISION.ID.isNotNull();
        return closed ? decided : INITIATIVE.STAGE.in(Stage.ACTIVE).or(decided);
    }

    private static Condition undecided(long reviewId) {
        return INITIATIVE
                .STAGE
                .in(Stage.ACTIVE)
                .and(notExists(selectOne()
                        .from(REVIEW_DECISION)
                        .where(
                                REVIEW_DECISION.REVIEW_ID.eq(reviewId),
                                REVIEW_DECISION.INITIATIVE_ID.eq(INITIATIVE.ID))));
    }

    private static Condition narrowed(AgendaFilter filter, AgendaFlagSql.Flagging flags) {
        var conditions = new ArrayList<Condition>();
        if (filter.track() != null) {
            conditions.add(INITIATIVE.TRACK.eq(filter.track()));
        }
        if (filter.flag() != null) {
            conditions.add(flags.has(filter.flag()));
        }
        if (filter.decided() != null) {
            conditions.add(filter.decided() ? REVIEW_DECISION.ID.isNotNull() : REVIEW_DECISION.ID.isNull());
        }
        return DSL.and(conditions);
    }
}
