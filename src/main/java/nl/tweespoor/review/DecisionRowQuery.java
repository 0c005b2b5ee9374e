package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.tweespoor.base.Track;
import org.jooq.DSLContext;
import org.jooq.Record14;
import org.jooq.SelectOnConditionStep;

/**
 * A decision as every list shows it ({@link DecisionRow}): with its review's quarter, the item it is about and who
 * took it. One select for the evidence's history, the item page and the decision log; callers add their filter and
 * order and map with {@code Records.mapping(DecisionRow::new)}.
 */
final class DecisionRowQuery {

    private DecisionRowQuery() {}

    static SelectOnConditionStep<
                    Record14<
                            Long,
                            Long,
                            String,
                            Long,
                            Track,
                            String,
                            Decision,
                            String,
                            String,
                            String,
                            BigDecimal,
                            String,
                            OffsetDateTime,
                            Integer>>
            select(DSLContext db) {
        return db.select(
                        REVIEW_DECISION.ID,
                        REVIEW_DECISION.REVIEW_ID,
                        REVIEW.QUARTER,
                        REVIEW_DECISION.INITIATIVE_ID,
                        INITIATIVE.TRACK,
                        INITIATIVE.TITLE,
                        REVIEW_DECISION.DECISION.convertFrom(Decision::valueOf),
                        REVIEW_DECISION.REASON,
                        REVIEW_DECISION.CONDITIONS,
                        REVIEW_DECISION.LEARNED,
                        REVIEW_DECISION.BUDGET_RELEASED,
                        APP_USER.DISPLAY_NAME,
                        REVIEW_DECISION.DECIDED_AT,
                        REVIEW_DECISION.VERSION)
                .from(REVIEW_DECISION)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(REVIEW_DECISION.INITIATIVE_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(REVIEW_DECISION.DECIDED_BY));
    }
}
