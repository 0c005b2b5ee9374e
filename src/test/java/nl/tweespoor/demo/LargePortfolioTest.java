package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The large portfolio at a small scale (300 items), in the test's rolled-back transaction, written as the app's own
 * database role writes. It loads once: a second load adds nothing.
 */
@Transactional
class LargePortfolioTest extends DatabaseTest {

    private static final double SCALE = 0.03;

    @Autowired
    DSLContext db;

    @Test
    void reaches_the_sizes_of_its_scale_on_top_of_the_demo_story() {
        var before = counts();
        var sizes = LargePortfolio.Sizes.at(SCALE);

        assertThat(LargePortfolio.load(db, SCALE)).isTrue();

        var added = counts().minus(before);
        assertThat(added.experiments).isEqualTo(sizes.experiments());
        assertThat(added.programmes).isEqualTo(sizes.programmes());
        assertThat(added.statusUpdates).isGreaterThanOrEqualTo(sizes.statusUpdates());
        assertThat(added.budgetLines).isGreaterThanOrEqualTo(sizes.budgetLines());
        assertThat(added.assessments).isGreaterThanOrEqualTo(sizes.assessments());
        assertThat(added.risks).isEqualTo(sizes.risks());
        assertThat(added.comments).isEqualTo(sizes.comments());
        // The items, comments and assessments are logged as they would have been, then status updates to the total.
        assertThat(added.auditEvents).isEqualTo(sizes.auditEvents() + 1);
        assertThat(added.closedReviews).isEqualTo(36);
        assertThat(before.departments + added.departments).isEqualTo(sizes.departments());
        assertThat(before.users + added.users).isEqualTo(sizes.users());
        // About four in ten items are under way.
        assertThat(added.active).isBetween(sizes.initiatives() * 30 / 100, sizes.initiatives() * 50 / 100);
    }

    @Test
    void a_closed_review_decides_every_item_that_was_active_in_its_quarter() {
        LargePortfolio.load(db, SCALE);

        var perReview = db.select(REVIEW.QUARTER, count(REVIEW_DECISION.ID))
                .from(REVIEW)
                .leftJoin(REVIEW_DECISION)
                .on(REVIEW_DECISION.REVIEW_ID.eq(REVIEW.ID))
                .where(REVIEW.STATUS.eq("CLOSED"))
                .groupBy(REVIEW.QUARTER)
                .fetchMap(r -> r.value1(), r -> r.value2());
        var decidedItems = db.select(countDistinct(REVIEW_DECISION.INITIATIVE_ID))
                .from(REVIEW_DECISION)
                .fetchSingle()
                .value1();
        assertThat(perReview)
                .hasSize(40)
                .allSatisfy((quarter, decisions) -> assertThat(decisions).isPositive());
        assertThat(decidedItems).isGreaterThan(100);
        assertThatThrownBy(() -> db.deleteFrom(REVIEW_DECISION).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void loading_twice_adds_nothing_the_second_time() {
        assertThat(LargePortfolio.load(db, SCALE)).isTrue();
        var once = counts();

        assertThat(LargePortfolio.load(db, SCALE)).isFalse();

        assertThat(counts()).isEqualTo(once);
        assertThat(LargePortfolio.isLoaded(db)).isTrue();
    }

    @Test
    void the_generated_data_is_the_same_on_every_load() {
        LargePortfolio.load(db, SCALE);
        var titles = db.select(INITIATIVE.TITLE, INITIATIVE.STAGE, INITIATIVE.START_QUARTER)
                .from(INITIATIVE)
                .orderBy(INITIATIVE.ID.desc())
                .limit(5)
                .fetch()
                .map(r -> r.value1() + r.value2() + r.value3());

        assertThat(titles).hasSize(5).doesNotHaveDuplicates();
        assertThat(titles).allSatisfy(t -> assertThat(t).contains(" · "));
    }

    private Counts counts() {
        return new Counts(
                rows(INITIATIVE, INITIATIVE.TRACK.eq(Track.PERSONAL)),
                rows(INITIATIVE, INITIATIVE.TRACK.eq(Track.STRATEGIC)),
                rows(INITIATIVE, INITIATIVE.STAGE.in(Stage.ACTIVE)),
                rows(STATUS_UPDATE, null),
                rows(BUDGET_LINE, null),
                rows(PRINCIPLE_ASSESSMENT, null),
                rows(ITEM_RISK, null),
                rows(ITEM_COMMENT, null),
                rows(AUDIT_EVENT, null),
                rows(REVIEW, REVIEW.STATUS.eq("CLOSED")),
                rows(DEPARTMENT, null),
                rows(APP_USER, null));
    }

    private int rows(Table<?> table, Condition condition) {
        return db.fetchCount(table, condition == null ? List.of() : List.of(condition));
    }

    private record Counts(
            int experiments,
            int programmes,
            int active,
            int statusUpdates,
            int budgetLines,
            int assessments,
            int risks,
            int comments,
            int auditEvents,
            int closedReviews,
            int departments,
            int users) {

        Counts minus(Counts o) {
            return new Counts(
                    experiments - o.experiments,
                    programmes - o.programmes,
                    active - o.active,
                    statusUpdates - o.statusUpdates,
                    budgetLines - o.budgetLines,
                    assessments - o.assessments,
                    risks - o.risks,
                    comments - o.comments,
                    auditEvents - o.auditEvents,
                    closedReviews - o.closedReviews,
                    departments - o.departments,
                    users - o.users);
        }
    }
}
