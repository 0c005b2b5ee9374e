package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.KeysetPager;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 11: the decision log is read by key, newest decision first, filtered by item, review and decision. */
@Transactional
@WithUserDetails("viewer")
class DecisionLogTest extends DatabaseTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    DSLContext db;

    @Test
    void page_after_page_by_key_gives_every_decision_once_newest_first() {
        MorePortfolio.add(db, 500);

        var read = readAll(DecisionLogFilter.none(), 45);

        assertThat(read)
                .hasSizeGreaterThan(500)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(DSL.noCondition()));
    }

    @Test
    void the_filters_are_item_review_and_decision_by_id_and_kind() {
        MorePortfolio.add(db, 300);
        long item = db.select(REVIEW_DECISION.INITIATIVE_ID)
                .from(REVIEW_DECISION)
                .orderBy(REVIEW_DECISION.ID)
                .limit(1)
                .fetchSingle()
                .value1();
        long review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.QUARTER.lt("2000"))
                .limit(1)
                .fetchSingle()
                .value1();

        assertThat(readAll(new DecisionLogFilter(item, null, null), 10))
                .containsExactlyElementsOf(ids(REVIEW_DECISION.INITIATIVE_ID.eq(item)))
                .isNotEmpty();
        assertThat(readAll(new DecisionLogFilter(null, Decision.STOP, review), 20))
                .hasSize(100)
                .containsExactlyElementsOf(
                        ids(REVIEW_DECISION.DECISION.eq("STOP").and(REVIEW_DECISION.REVIEW_ID.eq(review))));
        assertThat(decisions.decisionLog(new DecisionLogFilter(null, Decision.STOP, review), null, 0, 500))
                .allSatisfy(row -> {
                    assertThat(row.decision()).isEqualTo(Decision.STOP);
                    assertThat(row.reviewId()).isEqualTo(review);
                });
    }

    @Test
    void the_pickers_find_items_by_title_and_reviews_by_quarter() {
        var title = db.select(INITIATIVE.TITLE)
                .from(INITIATIVE)
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle()
                .value1();
        var quarter = db.select(REVIEW.QUARTER)
                .from(REVIEW)
                .orderBy(REVIEW.QUARTER.desc())
                .limit(1)
                .fetchSingle()
                .value1();

        assertThat(decisions.decisionLogItems(title.substring(0, 6), 0, 50))
                .extracting(o -> o.label())
                .contains(title);
        assertThat(decisions.decisionLogReviews("", 0, 1))
                .extracting(o -> o.label())
                .containsExactly(quarter);
        assertThat(decisions.decisionLogReviews(quarter.substring(0, 4), 0, 50))
                .extracting(o -> o.label())
                .allMatch(label -> label.startsWith(quarter.substring(0, 4)));
    }

    @Test
    void the_decision_log_statements_are_as_many_on_the_demo_data_as_with_two_thousand_more_decisions() {
        long demo = InOneRequest.statements(this::logView);
        MorePortfolio.add(db, 2_000);
        assertThat(InOneRequest.statements(this::logView)).isEqualTo(demo).isEqualTo(2);
    }

    /** What the reviews page's decision log asks for when it opens and scrolls on one page. */
    private void logView() {
        var pager = new KeysetPager<DecisionRow, DecisionKey>(DecisionKey::of);
        pager.fetch(0, 50, (after, skip, limit) -> decisions.decisionLog(DecisionLogFilter.none(), after, skip, limit));
        pager.fetch(
                50, 50, (after, skip, limit) -> decisions.decisionLog(DecisionLogFilter.none(), after, skip, limit));
    }

    private List<Long> readAll(DecisionLogFilter filter, int pageSize) {
        var pager = new KeysetPager<DecisionRow, DecisionKey>(DecisionKey::of);
        var ids = new ArrayList<Long>();
        for (int offset = 0; ; offset += pageSize) {
            var page = pager.fetch(
                    offset, pageSize, (after, skip, limit) -> decisions.decisionLog(filter, after, skip, limit));
            page.forEach(row -> ids.add(row.id()));
            if (page.size() < pageSize) {
                return ids;
            }
        }
    }

    private List<Long> ids(Condition where) {
        return db.select(REVIEW_DECISION.ID)
                .from(REVIEW_DECISION)
                .where(where)
                .orderBy(REVIEW_DECISION.DECIDED_AT.desc(), REVIEW_DECISION.ID.desc())
                .fetch(REVIEW_DECISION.ID);
    }
}
