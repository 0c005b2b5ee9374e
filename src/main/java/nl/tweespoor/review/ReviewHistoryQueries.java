package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The closed reviews' decisions by kind and released budget, one row per quarter, in one grouped statement over the
 * decisions' review index. A review is held per quarter, so the rows are bounded by the years the portfolio has run.
 */
@Repository
class ReviewHistoryQueries {

    private final DSLContext db;

    ReviewHistoryQueries(DSLContext db) {
        this.db = db;
    }

    /** The last {@code quarters} closed reviews, oldest first. */
    List<ReviewHistory> closed(int quarters) {
        var counts = new ArrayList<Field<Integer>>();
        for (var decision : Decision.values()) {
            counts.add(count().filterWhere(REVIEW_DECISION.DECISION.eq(decision.name()))
                    .as(decision.name()));
        }
        var released =
                coalesce(sum(REVIEW_DECISION.BUDGET_RELEASED), BigDecimal.ZERO).as("released");
        var rows = db.select(REVIEW.QUARTER, released)
                .select(counts)
                .from(REVIEW)
                .leftJoin(REVIEW_DECISION)
                .on(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID))
                .where(REVIEW.STATUS.eq(ReviewState.CLOSED.name()))
                .groupBy(REVIEW.QUARTER)
                .orderBy(REVIEW.QUARTER.desc())
                .limit(quarters)
                .fetch(ReviewHistoryQueries::history);
        return rows.reversed();
    }

    private static ReviewHistory history(Record row) {
        var decisions = new EnumMap<Decision, Integer>(Decision.class);
        for (var decision : Decision.values()) {
            decisions.put(decision, row.get(decision.name(), Integer.class));
        }
        return new ReviewHistory(row.get(REVIEW.QUARTER), decisions, row.get("released", BigDecimal.class));
    }
}
