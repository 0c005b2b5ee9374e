package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 15: /reviews shows the closed reviews' decisions by kind and the budget released, quarter by quarter. */
@Transactional
@WithUserDetails("viewer")
class ReviewHistoryTest extends DatabaseTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void each_closed_quarter_counts_its_decisions_by_kind_and_sums_what_its_stops_released() {
        var history = reviews.history();

        var closed = db.fetchCount(REVIEW, REVIEW.STATUS.eq("CLOSED"));
        assertThat(history).hasSize(closed).isNotEmpty();
        assertThat(history).extracting(ReviewHistory::quarter).isSorted();
        for (var quarter : history) {
            for (var decision : Decision.values()) {
                assertThat(quarter.count(decision))
                        .as(quarter.quarter() + " " + decision)
                        .isEqualTo(db.fetchCount(
                                REVIEW_DECISION.join(REVIEW).on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID)),
                                REVIEW.QUARTER.eq(quarter.quarter()),
                                REVIEW_DECISION.DECISION.eq(decision.name())));
            }
            assertThat(quarter.released()).isEqualByComparingTo(released(quarter.quarter()));
        }
        // the demo story stopped items in its closed reviews: the chart has something to show
        assertThat(history.stream().mapToInt(h -> h.count(Decision.STOP)).sum()).isPositive();
        assertThat(history.stream().map(ReviewHistory::released).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the story's stopped programme had four quarters of its plan left")
                .isEqualByComparingTo("220000");
    }

    @Test
    void a_review_in_progress_or_planned_is_not_in_the_history() {
        var open = db.select(REVIEW.QUARTER)
                .from(REVIEW)
                .where(REVIEW.STATUS.ne("CLOSED"))
                .fetch(REVIEW.QUARTER);

        assertThat(open).isNotEmpty();
        assertThat(reviews.history()).extracting(ReviewHistory::quarter).doesNotContainAnyElementsOf(open);
    }

    @Test
    void the_history_is_one_statement_whatever_the_number_of_decisions() {
        assertThat(SqlStatements.countIn(() -> reviews.history())).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_reads_no_history() {
        assertThatThrownBy(() -> reviews.history()).isInstanceOf(AccessDeniedException.class);
    }

    private BigDecimal released(String quarter) {
        return db.select(DSL.coalesce(DSL.sum(REVIEW_DECISION.BUDGET_RELEASED), BigDecimal.ZERO))
                .from(REVIEW_DECISION)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_DECISION.REVIEW_ID))
                .where(REVIEW.QUARTER.eq(quarter))
                .fetchSingle()
                .value1();
    }
}
