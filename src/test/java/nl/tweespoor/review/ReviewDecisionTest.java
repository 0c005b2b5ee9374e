package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Agenda, decision rules, closing and the budget it releases, on the demo's review in progress. */
@Transactional
class ReviewDecisionTest extends DatabaseTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    ReviewClosing closing;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_agenda_lists_every_active_item_with_flagged_items_first() {
        var agenda = reviews.agenda(openReview());
        int active = db.fetchCount(INITIATIVE, INITIATIVE.STAGE.in(Stage.ACTIVE));
        assertThat(agenda).hasSizeGreaterThanOrEqualTo(active);
        int firstUnflagged = agenda.stream()
                .filter(a -> !a.flagged())
                .findFirst()
                .map(agenda::indexOf)
                .orElse(agenda.size());
        assertThat(agenda.subList(firstUnflagged, agenda.size())).noneMatch(AgendaItem::flagged);
        assertThat(agenda.subList(0, firstUnflagged)).isNotEmpty().allMatch(AgendaItem::flagged);
    }

    @Test
    @WithUserDetails("leader")
    void a_review_is_opened_only_for_a_quarter_the_form_offers() {
        var current = Quarter.of(LocalDate.now());
        int reviewsBefore = db.fetchCount(REVIEW);
        assertThat(reviews.openableQuarters()).hasSize(5).contains(current.toString());

        assertThatThrownBy(() -> reviews.open(current.plus(3).toString()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("review.quarter-out-of-range"));
        assertThatThrownBy(() -> reviews.open(current.plus(-3).toString()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("review.quarter-out-of-range"));
        assertThat(db.fetchCount(REVIEW)).isEqualTo(reviewsBefore);
    }

    @Test
    @WithUserDetails("leader")
    void a_decision_needs_a_reason_and_promote_is_for_experiments_only() {
        long review = openReview();
        long programme = id("Fraudedetectie bij schademeldingen");
        assertThatThrownBy(() ->
                        decisions.decide(review, programme, new DecisionDraft(Decision.CONTINUE, " ", null, null), 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.reason-required");
        assertThatThrownBy(() ->
                        decisions.decide(review, programme, new DecisionDraft(Decision.PROMOTE, "Goed", null, null), 0))
                .hasMessageContaining("review.promote-experiments-only");
        assertThatThrownBy(() ->
                        decisions.decide(review, programme, new DecisionDraft(Decision.ADJUST, "Goed", null, null), 0))
                .hasMessageContaining("review.conditions-required");
        assertThatThrownBy(() -> decisions.decide(
                        review,
                        id("Klantchatbot voor polisvragen"),
                        new DecisionDraft(Decision.SCALE, "Goed", null, null),
                        0))
                .hasMessageContaining("review.scale-programmes-only");
    }

    @Test
    @WithUserDetails("manager")
    void only_leaders_decide_and_close() {
        long review = openReview();
        assertThatThrownBy(() -> decisions.decide(
                        review,
                        id("Klantchatbot voor polisvragen"),
                        new DecisionDraft(Decision.CONTINUE, "Goed", null, null),
                        0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.close(review)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void closing_needs_a_decision_for_every_item() {
        assertThatThrownBy(() -> closing.close(openReview()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.undecided");
    }

    @Test
    @WithUserDetails("leader")
    void closing_applies_stop_releases_later_planned_budget_and_locks_the_review() {
        long review = openReview();
        long stopped = id("Eén AI-platform met gedeelde spelregels");
        var current = Quarter.of(LocalDate.now()).toString();
        var laterPlanned = db.select(DSL.coalesce(DSL.sum(BUDGET_LINE.PLANNED), BigDecimal.ZERO))
                .from(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(stopped), BUDGET_LINE.QUARTER.gt(current))
                .fetchSingle()
                .value1();
        assertThat(laterPlanned).isPositive();
        var laterLines = db.select(BUDGET_LINE.ID)
                .from(BUDGET_LINE)
                .where(
                        BUDGET_LINE.INITIATIVE_ID.eq(stopped),
                        BUDGET_LINE.QUARTER.gt(current),
                        BUDGET_LINE.PLANNED.gt(BigDecimal.ZERO))
                .fetch(BUDGET_LINE.ID);
        for (var item : reviews.agenda(review)) {
            var draft = item.initiativeId() == stopped
                    ? new DecisionDraft(Decision.STOP, "Past niet meer", null, "Eerst draagvlak")
                    : new DecisionDraft(Decision.CONTINUE, "Op koers", null, null);
            decisions.decide(
                    review,
                    item.initiativeId(),
                    draft,
                    item.decision() == null ? 0 : item.decision().version());
        }

        var released = closing.close(review);

        assertThat(released).isEqualByComparingTo(laterPlanned);
        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(stopped))
                        .fetchSingle()
                        .value1())
                .isEqualTo(Stage.STOPPED);
        assertThat(db.select(DSL.sum(BUDGET_LINE.PLANNED))
                        .from(BUDGET_LINE)
                        .where(BUDGET_LINE.INITIATIVE_ID.eq(stopped), BUDGET_LINE.QUARTER.gt(current))
                        .fetchSingle()
                        .value1())
                .isEqualByComparingTo("0");
        assertThat(db.select(REVIEW_DECISION.BUDGET_RELEASED)
                        .from(REVIEW_DECISION)
                        .where(REVIEW_DECISION.REVIEW_ID.eq(review), REVIEW_DECISION.INITIATIVE_ID.eq(stopped))
                        .fetchSingle()
                        .value1())
                .isEqualByComparingTo(laterPlanned);
        // Each released line is audited on its own, before and after.
        assertThat(db.select(
                                AUDIT_EVENT.ENTITY_ID,
                                DSL.field("(before_state ->> 'planned')::numeric", BigDecimal.class),
                                DSL.field("(after_state ->> 'planned')::numeric", BigDecimal.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.KIND.eq("BUDGET_RELEASED"), AUDIT_EVENT.INITIATIVE_ID.eq(stopped))
                        .fetch())
                .allSatisfy(event -> {
                    assertThat(event.value2()).isPositive();
                    assertThat(event.value3()).isEqualByComparingTo("0");
                })
                .extracting(event -> event.value1())
                .containsExactlyInAnyOrderElementsOf(laterLines);
        assertThat(reviews.review(review).closed()).isTrue();
        // Closed is final: in the service ...
        assertThatThrownBy(() ->
                        decisions.decide(review, stopped, new DecisionDraft(Decision.CONTINUE, "Toch", null, null), 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("review.not-open");
        // ... and in the database.
        assertThatThrownBy(() -> db.update(REVIEW_DECISION)
                        .set(REVIEW_DECISION.REASON, "Stiekem")
                        .where(REVIEW_DECISION.REVIEW_ID.eq(review))
                        .execute())
                .hasMessageContaining("closed");
    }

    @Test
    @WithUserDetails("leader")
    void a_scale_up_through_a_closed_gate_stops_the_closing_and_names_the_item() {
        long review = openReview();
        long withGap = id("Fraudedetectie bij schademeldingen");
        for (var item : reviews.agenda(review)) {
            var draft = item.initiativeId() == withGap
                    ? new DecisionDraft(Decision.SCALE, "Resultaten zijn goed", null, null)
                    : new DecisionDraft(Decision.CONTINUE, "Op koers", null, null);
            decisions.decide(
                    review,
                    item.initiativeId(),
                    draft,
                    item.decision() == null ? 0 : item.decision().version());
        }

        assertThatThrownBy(() -> closing.close(review)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("review.scale-refused");
            assertThat(e.arguments()[0]).isEqualTo("Fraudedetectie bij schademeldingen");
            assertThat(e.arguments()[1])
                    .isInstanceOfSatisfying(
                            nl.tweespoor.initiative.GateRefusedException.class,
                            gate -> assertThat(gate.messageKey()).isEqualTo("gate.gaps"));
        });
        assertThat(reviews.review(review).closed()).isFalse();
        assertThat(db.select(INITIATIVE.STAGE)
                        .from(INITIATIVE)
                        .where(INITIATIVE.ID.eq(withGap))
                        .fetchSingle()
                        .value1())
                .isEqualTo(Stage.PILOT);
    }

    private long openReview() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
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
