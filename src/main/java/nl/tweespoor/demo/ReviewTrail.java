package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.select;

import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The reviews' part of the audit trail: each review opened, each decision recorded in it, each closed review closed. */
final class ReviewTrail {

    private final Trail trail;
    private final long leader;

    ReviewTrail(Trail trail, long leader) {
        this.trail = trail;
        this.leader = leader;
    }

    void tell() {
        trail.all(
                "REVIEW_OPENED",
                "review",
                select(
                                REVIEW.OPENED_AT,
                                DSL.val(leader),
                                REVIEW.ID,
                                DSL.castNull(Long.class),
                                concat(inline("Review "), REVIEW.QUARTER, inline(" opened")),
                                DSL.castNull(SQLDataType.JSONB),
                                jsonbObject(
                                        key("quarter").value(REVIEW.QUARTER),
                                        key("status").value(inline("IN_PROGRESS"))))
                        .from(REVIEW));
        trail.all(
                "DECISION_RECORDED",
                "review_decision",
                Trail.written(
                                REVIEW_DECISION.DECIDED_AT,
                                REVIEW_DECISION.DECIDED_BY,
                                REVIEW_DECISION.ID,
                                REVIEW_DECISION.INITIATIVE_ID,
                                concat(
                                        REVIEW.QUARTER,
                                        inline(" "),
                                        INITIATIVE.TITLE,
                                        inline(": "),
                                        REVIEW_DECISION.DECISION),
                                REVIEW_DECISION)
                        .from(REVIEW_DECISION)
                        .join(REVIEW)
                        .on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(REVIEW_DECISION.INITIATIVE_ID)));
        var decided = DSL.selectCount()
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID))
                .<Integer>asField();
        trail.all(
                "REVIEW_CLOSED",
                "review",
                select(
                                REVIEW.CLOSED_AT,
                                REVIEW.CLOSED_BY,
                                REVIEW.ID,
                                DSL.castNull(Long.class),
                                concat(
                                        inline("Review "),
                                        REVIEW.QUARTER,
                                        inline(" closed: "),
                                        decided.cast(String.class),
                                        inline(" decisions, released 0")),
                                jsonbObject(
                                        key("quarter").value(REVIEW.QUARTER),
                                        key("status").value(inline("IN_PROGRESS"))),
                                jsonbObject(REVIEW.fields()))
                        .from(REVIEW)
                        .where(REVIEW.STATUS.eq("CLOSED")));
    }
}
