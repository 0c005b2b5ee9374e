package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonbObject;
import static org.jooq.impl.DSL.key;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The audit trail of what the story's rows say happened, written last, when every row exists: each status update
 * posted and the actual it set, each plan, review, decision, comment, risk and assessment, at its own moment and by
 * its own author. Stage moves and promotions, which leave no row of their own, are told by StageHistory.
 */
final class AuditTrail extends Chapter {

    private final Trail trail;

    AuditTrail(Story story) {
        super(story);
        this.trail = new Trail(story.db);
    }

    @Override
    void tell() {
        statusUpdates();
        plans();
        new ReviewTrail(trail, user("leader")).tell();
        trail.all(
                "COMMENT_ADDED",
                "comment",
                Trail.written(
                                ITEM_COMMENT.CREATED_AT,
                                ITEM_COMMENT.AUTHOR_ID,
                                ITEM_COMMENT.ID,
                                ITEM_COMMENT.INITIATIVE_ID,
                                inline("Comment added"),
                                ITEM_COMMENT)
                        .from(ITEM_COMMENT));
        trail.all(
                "RISK_ADDED",
                "item_risk",
                Trail.written(
                                INITIATIVE.CREATED_AT.plus(14),
                                INITIATIVE.OWNER_ID,
                                ITEM_RISK.ID,
                                ITEM_RISK.INITIATIVE_ID,
                                concat(inline("Risk added to "), INITIATIVE.TITLE, inline(": "), ITEM_RISK.DESCRIPTION),
                                ITEM_RISK)
                        .from(ITEM_RISK)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(ITEM_RISK.INITIATIVE_ID)));
        trail.all(
                "PRINCIPLE_ASSESSED",
                "principle_assessment",
                Trail.written(
                                PRINCIPLE_ASSESSMENT.ASSESSED_AT,
                                PRINCIPLE_ASSESSMENT.ASSESSED_BY,
                                PRINCIPLE_ASSESSMENT.ID,
                                PRINCIPLE_ASSESSMENT.INITIATIVE_ID,
                                concat(
                                        INITIATIVE.TITLE,
                                        inline(" · "),
                                        PRINCIPLE.CODE,
                                        inline(": "),
                                        PRINCIPLE_ASSESSMENT.RESULT),
                                PRINCIPLE_ASSESSMENT)
                        .from(PRINCIPLE_ASSESSMENT)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(PRINCIPLE_ASSESSMENT.INITIATIVE_ID))
                        .join(PRINCIPLE)
                        .on(PRINCIPLE.ID.eq(PRINCIPLE_ASSESSMENT.PRINCIPLE_ID)));
    }

    /** Each update as posted, and the actual that each update with a spend wrote onto its quarter's line. */
    private void statusUpdates() {
        trail.all(
                "STATUS_POSTED",
                "status_update",
                Trail.written(
                                STATUS_UPDATE.CREATED_AT,
                                STATUS_UPDATE.AUTHOR_ID,
                                STATUS_UPDATE.ID,
                                STATUS_UPDATE.INITIATIVE_ID,
                                concat(
                                        INITIATIVE.TITLE,
                                        inline(": "),
                                        STATUS_UPDATE.RAG,
                                        inline(", "),
                                        STATUS_UPDATE.PROGRESS_PCT.cast(String.class),
                                        inline("%")),
                                STATUS_UPDATE)
                        .from(STATUS_UPDATE)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(STATUS_UPDATE.INITIATIVE_ID)));
        var before = DSL.coalesce(
                DSL.lag(STATUS_UPDATE.SPEND)
                        .over(DSL.partitionBy(STATUS_UPDATE.INITIATIVE_ID, STATUS_UPDATE.QUARTER)
                                .orderBy(STATUS_UPDATE.CREATED_AT, STATUS_UPDATE.ID)),
                BigDecimal.ZERO);
        trail.all(
                "BUDGET_LINE_SAVED",
                "budget_line",
                select(
                                STATUS_UPDATE.CREATED_AT,
                                STATUS_UPDATE.AUTHOR_ID,
                                BUDGET_LINE.ID,
                                BUDGET_LINE.INITIATIVE_ID,
                                concat(
                                        INITIATIVE.TITLE,
                                        inline(" "),
                                        BUDGET_LINE.QUARTER,
                                        inline(": actual "),
                                        STATUS_UPDATE.SPEND.cast(String.class),
                                        inline(" from status update")),
                                line(before),
                                line(STATUS_UPDATE.SPEND))
                        .from(STATUS_UPDATE)
                        .join(BUDGET_LINE)
                        .on(
                                BUDGET_LINE.INITIATIVE_ID.eq(STATUS_UPDATE.INITIATIVE_ID),
                                BUDGET_LINE.QUARTER.eq(STATUS_UPDATE.QUARTER))
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(STATUS_UPDATE.INITIATIVE_ID))
                        .where(STATUS_UPDATE.SPEND.isNotNull()));
    }

    /** Each quarter's plan, set by the leader two days after the item was proposed. */
    private void plans() {
        trail.all(
                "BUDGET_LINE_SAVED",
                "budget_line",
                select(
                                INITIATIVE.CREATED_AT.plus(2),
                                DSL.val(users.get("leader")),
                                BUDGET_LINE.ID,
                                BUDGET_LINE.INITIATIVE_ID,
                                concat(
                                        INITIATIVE.TITLE,
                                        inline(" "),
                                        BUDGET_LINE.QUARTER,
                                        inline(": planned "),
                                        BUDGET_LINE.PLANNED.cast(String.class),
                                        inline(", actual 0")),
                                DSL.castNull(SQLDataType.JSONB),
                                line(inline(BigDecimal.ZERO)))
                        .from(BUDGET_LINE)
                        .join(INITIATIVE)
                        .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID)));
    }

    /** A budget line's state as the audit log shows it, with the actual given. */
    private static Field<JSONB> line(Field<BigDecimal> actual) {
        return jsonbObject(
                key("id").value(BUDGET_LINE.ID),
                key("quarter").value(BUDGET_LINE.QUARTER),
                key("planned").value(BUDGET_LINE.PLANNED),
                key("actual").value(actual));
    }
}
