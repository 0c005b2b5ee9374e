package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REDESIGN_RESERVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.Flag;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A board runs the review of a portfolio of thousands of items: filters the agenda, decides the flagged items one by
 * one, continues the long tail in bulk and closes. Closing commits: on the class's own copy of the demo database.
 */
class LargeReviewFlowTest extends DatabaseTest {

    private static final int ITEMS = 3000;

    @Autowired
    AgendaService agenda;

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
    void a_board_filters_decides_continues_the_rest_in_bulk_and_closes_a_review_of_thousands_of_items() {
        // without the demo's redesign reserve: its cut line would leave the thousands of added items all unfunded
        db.deleteFrom(REDESIGN_RESERVE)
                .where(REDESIGN_RESERVE.YEAR.eq(LocalDate.now().getYear()))
                .execute();
        LargeAgenda.addItems(db, "Schaal", ITEMS);
        long review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
        int total = agenda.count(review, AgendaFilter.ALL);
        assertThat(total).isGreaterThan(ITEMS);

        // Filter: the red programmes, and stop the first two of them.
        var redProgrammes = new AgendaFilter(Track.STRATEGIC, Flag.RED, false);
        var red = agenda.page(review, redProgrammes, 0, 500);
        assertThat(red)
                .hasSize(agenda.count(review, redProgrammes))
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(
                        r -> r.track() == Track.STRATEGIC && r.signals().flags().contains(Flag.RED));
        var stopped = red.stream()
                .filter(r -> r.title().startsWith("Schaal"))
                .limit(2)
                .map(AgendaRow::initiativeId)
                .toList();
        assertThat(stopped).hasSize(2);
        for (long id : stopped) {
            decisions.decide(
                    review,
                    id,
                    new DecisionDraft(Decision.STOP, "Rood en geen zicht op herstel", null, "Eerder bijsturen"),
                    0);
        }
        var laterLines = db.select(BUDGET_LINE.ID)
                .from(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.in(stopped),
                        BUDGET_LINE.QUARTER.gt(Quarter.of(LocalDate.now()).toString()),
                        BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO))
                .fetch(BUDGET_LINE.ID);
        var laterPlanned = plannedLater(stopped);
        assertThat(laterPlanned).isPositive();

        // Every other flagged item is discussed and decided one by one.
        var undecidedFlagged = agenda.page(review, new AgendaFilter(null, null, false), 0, total).stream()
                .filter(AgendaRow::flagged)
                .toList();
        for (var row : undecidedFlagged) {
            decisions.decide(
                    review,
                    row.initiativeId(),
                    new DecisionDraft(Decision.ADJUST, "Besproken", "Volgend kwartaal groen", null),
                    0);
        }

        // The long tail in bulk: each its own decision and its own audit event.
        int tail = agenda.countContinuable(review);
        assertThat(tail).isEqualTo(agenda.progress(review).undecided()).isGreaterThan(ITEMS / 3);
        assertThat(agenda.continueUnflagged(review, "Op koers, geen signalen", tail))
                .isEqualTo(tail);
        assertThat(agenda.countContinuable(review)).isZero();
        assertThat(agenda.progress(review).undecided()).isZero();
        var bulk = db.select(REVIEW_DECISION.ID)
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.REVIEW_ID.eq(review), REVIEW_DECISION.REASON.eq("Op koers, geen signalen"))
                .fetch(REVIEW_DECISION.ID);
        assertThat(bulk).hasSize(tail);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("DECISION_RECORDED")
                                .and(AUDIT_EVENT.ENTITY_ID.in(bulk))
                                .and(AUDIT_EVENT.ACTOR_NAME.eq("leader"))
                                .and(DSL.field("after_state ->> 'reason'", String.class)
                                        .eq("Op koers, geen signalen"))))
                .isEqualTo(tail);

        // Close: the stops take effect, budget released and audited per line; the review is final.
        var released = closing.close(review);

        assertThat(released).isEqualByComparingTo(laterPlanned);
        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.in(stopped))
                        .fetch(INITIATIVE.STAGE))
                .containsOnly(Stage.STOPPED);
        assertThat(plannedLater(stopped)).isEqualByComparingTo("0");
        assertThat(db.select(AUDIT_EVENT.ENTITY_ID)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("BUDGET_RELEASED"), AUDIT_EVENT.INITIATIVE_ID.in(stopped))
                        .fetch(AUDIT_EVENT.ENTITY_ID))
                .containsExactlyInAnyOrderElementsOf(laterLines);
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("STAGE_CHANGED")
                                .and(AUDIT_EVENT.INITIATIVE_ID.in(stopped))
                                .and(DSL.field("before_state ->> 'stage'", String.class)
                                        .eq("DISCOVERY"))
                                .and(DSL.field("after_state ->> 'stage'", String.class)
                                        .eq("STOPPED"))))
                .isEqualTo(2);
        assertThat(db.select(REVIEW_DECISION.BUDGET_RELEASED)
                        .from(REVIEW_DECISION)
                        .where(REVIEW_DECISION.REVIEW_ID.eq(review), REVIEW_DECISION.INITIATIVE_ID.in(stopped))
                        .fetch(REVIEW_DECISION.BUDGET_RELEASED))
                .allSatisfy(amount -> assertThat(amount).isPositive());
        var after = reviews.review(review);
        assertThat(after.closed()).isTrue();
        assertThat(after.decisions()).isEqualTo(total);
        assertThat(agenda.count(review, AgendaFilter.ALL)).isEqualTo(total);
        assertThat(agenda.count(review, new AgendaFilter(null, null, false))).isZero();
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("REVIEW_CLOSED").and(AUDIT_EVENT.ENTITY_ID.eq(review))))
                .isEqualTo(1);

        assertThatThrownBy(() -> agenda.continueUnflagged(review, "Nog eens", 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.not-open");
        assertThatThrownBy(() -> db.update(REVIEW_DECISION)
                        .set(REVIEW_DECISION.REASON, "Stiekem")
                        .where(REVIEW_DECISION.ID.eq(bulk.get(0)))
                        .execute())
                .hasMessageContaining("closed");
    }

    private BigDecimal plannedLater(List<Long> items) {
        return db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.in(items),
                        BUDGET_LINE.QUARTER.gt(Quarter.of(LocalDate.now()).toString()))
                .fetchSingle()
                .value1();
    }
}
