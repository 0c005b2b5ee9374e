package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Closing is all-or-nothing. Not @Transactional on purpose: closing must commit or roll back on its own. A temporary
 * trigger makes one effect (stopping one item) fail after other effects already ran. Trigger and decisions stay in this
 * test's own database, which is thrown away after it.
 */
@FreshDatabaseForEachTest
class ReviewClosingAtomicityTest extends DatabaseTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    ReviewClosing closing;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void when_one_effect_fails_nothing_changes() {
        long review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
        long stoppedFirst = id("AI-prognoses voor kasstromen");
        long failing = id("Fraudedetectie bij schademeldingen");
        for (var item : reviews.agenda(review)) {
            var stop = item.initiativeId() == stoppedFirst || item.initiativeId() == failing;
            decisions.decide(
                    review,
                    item.initiativeId(),
                    stop
                            ? new DecisionDraft(Decision.STOP, "Stoppen", null, "Geleerd")
                            : new DecisionDraft(Decision.CONTINUE, "Door", null, null),
                    item.decision() == null ? 0 : item.decision().version());
        }
        var plannedBefore = plannedOf(stoppedFirst);
        TestDatabase.asOwner("create function refuse_stop() returns trigger language plpgsql as $$ begin "
                + "if new.stage = 'STOPPED' and new.id = " + failing + " then raise exception 'test: refuse stop'; "
                + "end if; return new; end; $$");
        TestDatabase.asOwner("create trigger refuse_stop before update on initiative for each row "
                + "execute function refuse_stop()");

        assertThatThrownBy(() -> closing.close(review)).isInstanceOf(RuntimeException.class);

        assertThat(db.select(REVIEW.STATUS)
                        .from(REVIEW)
                        .where(REVIEW.ID.eq(review))
                        .fetchSingle()
                        .value1())
                .isEqualTo("IN_PROGRESS");
        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(stoppedFirst))
                        .fetchSingle()
                        .value1())
                .isEqualTo(Stage.DISCOVERY);
        assertThat(plannedOf(stoppedFirst)).isEqualByComparingTo(plannedBefore);
        assertThat(db.fetchCount(
                        REVIEW_DECISION,
                        REVIEW_DECISION.REVIEW_ID.eq(review).and(REVIEW_DECISION.BUDGET_RELEASED.gt(BigDecimal.ZERO))))
                .isZero();
    }

    private BigDecimal plannedOf(long id) {
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(id))
                .fetchSingle()
                .value1();
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
    }
}
