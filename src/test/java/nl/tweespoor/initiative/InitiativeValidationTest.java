package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The service refuses invalid drafts with a translatable reason, and writes nothing when it does. */
@Transactional
@WithUserDetails("leader")
class InitiativeValidationTest extends DatabaseTest {

    /** What numeric(14, 2) holds. */
    private static final BigDecimal LARGEST_COST = new BigDecimal("999999999999.99");

    @Autowired
    InitiativeService service;

    @Autowired
    DSLContext db;

    private long hr;
    private InitiativeDraft experiment;
    private InitiativeDraft programme;

    @BeforeEach
    void validDrafts() {
        hr = Drafts.departmentId(db, "HR");
        experiment = Drafts.experiment("Geldig experiment", hr);
        programme = Drafts.programme("Geldig programma", hr);
    }

    @Test
    void the_valid_drafts_of_these_tests_are_accepted() {
        int items = db.fetchCount(INITIATIVE);
        service.propose(Track.PERSONAL, experiment);
        service.propose(Track.STRATEGIC, programme);
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(items + 2);
    }

    @Test
    void blank_title_is_refused() {
        assertRefused(Track.PERSONAL, Drafts.withTitle(experiment, "   "), "validation.title-required");
    }

    @Test
    void end_quarter_before_start_quarter_is_refused() {
        assertRefused(
                Track.PERSONAL, Drafts.withQuarters(experiment, "2027-Q3", "2027-Q2"), "validation.end-before-start");
    }

    @Test
    void end_quarter_in_an_earlier_year_is_refused() {
        assertRefused(
                Track.STRATEGIC, Drafts.withQuarters(programme, "2028-Q1", "2027-Q4"), "validation.end-before-start");
    }

    @Test
    void malformed_quarter_is_refused() {
        assertRefused(Track.PERSONAL, Drafts.withQuarters(experiment, "2027-5", "2027-Q4"), "error.quarter-format");
        assertRefused(Track.PERSONAL, Drafts.withQuarters(experiment, "2027-Q1", "2027-Q5"), "error.quarter-format");
    }

    @Test
    void negative_cost_is_refused() {
        var error = assertRefused(
                Track.PERSONAL, Drafts.withCost(experiment, new BigDecimal("-0.01")), "validation.not-negative");
        assertThat(error.arguments()).containsExactly("field.cost");
    }

    @Test
    void adoption_above_100_percent_is_refused() {
        var error = assertRefused(
                Track.PERSONAL, Drafts.withOutcomes(experiment, new BigDecimal("120"), null), "validation.between");
        assertThat(error.arguments()).containsExactly("field.adoption", 0, 100);
    }

    @Test
    void experiment_on_the_operational_layer_is_refused() {
        assertRefused(Track.PERSONAL, Drafts.withLayer(experiment, Layer.OPERATIONAL), "validation.experiment-layer");
    }

    @Test
    void programme_on_the_personal_productivity_layer_is_refused() {
        assertRefused(
                Track.STRATEGIC,
                Drafts.withLayer(programme, Layer.PERSONAL_PRODUCTIVITY),
                "validation.programme-layer");
    }

    @Test
    void unknown_department_is_refused() {
        long unknown =
                db.select(DSL.max(DEPARTMENT.ID)).from(DEPARTMENT).fetchSingle().value1() + 1000;
        assertRefused(Track.PERSONAL, Drafts.withDepartment(experiment, unknown), "validation.department-unknown");
    }

    @Test
    void an_item_keeps_its_department_after_that_department_was_deactivated_but_cannot_move_into_one() {
        long id = service.propose(Track.PERSONAL, experiment);
        db.update(DEPARTMENT)
                .set(DEPARTMENT.ACTIVE, false)
                .where(DEPARTMENT.ID.eq(hr))
                .execute();
        var item = service.details(id);

        service.update(id, item.version(), Drafts.withTitle(item.draft(), "Nieuwe titel"));

        assertThat(service.details(id).title()).isEqualTo("Nieuwe titel");
        long other = service.propose(Track.PERSONAL, Drafts.withDepartment(experiment, Drafts.departmentId(db, "IT")));
        var elsewhere = service.details(other);
        assertThatThrownBy(
                        () -> service.update(other, elsewhere.version(), Drafts.withDepartment(elsewhere.draft(), hr)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.department-unknown"));
    }

    @Test
    void inactive_department_is_refused() {
        db.update(DEPARTMENT)
                .set(DEPARTMENT.ACTIVE, false)
                .where(DEPARTMENT.ID.eq(hr))
                .execute();
        assertRefused(Track.STRATEGIC, programme, "validation.department-unknown");
    }

    @Test
    void cost_too_large_to_store_is_refused_as_invalid_input() {
        var error = assertRefused(
                Track.STRATEGIC, Drafts.withCost(programme, new BigDecimal("1000000000000")), "validation.too-large");
        assertThat(error.arguments()).containsExactly("field.cost", LARGEST_COST);
    }

    @Test
    void largest_storable_cost_is_accepted() {
        long id = service.propose(Track.STRATEGIC, Drafts.withCost(programme, LARGEST_COST));
        assertThat(service.details(id).costEstimate()).isEqualByComparingTo(LARGEST_COST);
    }

    @Test
    void hours_saved_too_large_to_store_are_refused_as_invalid_input() {
        var draft = new InitiativeDraft(
                "Experiment",
                null,
                null,
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                hr,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("10000000"),
                null,
                null,
                null);
        var error = assertRefused(Track.PERSONAL, draft, "validation.too-large");
        assertThat(error.arguments()).containsExactly("field.hours-saved", new BigDecimal("9999999.9"));
    }

    @Test
    void unknown_strategic_goal_is_refused() {
        var draft = new InitiativeDraft(
                "Programma",
                null,
                null,
                Layer.STRATEGIC,
                Ambition.REDESIGN,
                hr,
                Long.MAX_VALUE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertRefused(Track.STRATEGIC, draft, "validation.goal-unknown");
    }

    @Test
    void invalid_edit_is_refused_and_leaves_the_item_as_it_was() {
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
        var details = service.details(id);
        int items = db.fetchCount(INITIATIVE);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(
                        () -> service.update(id, details.version(), Drafts.withLayer(details.draft(), Layer.STRATEGIC)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.experiment-layer"));

        assertThat(service.details(id)).isEqualTo(details);
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(items);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    private InvalidInputException assertRefused(Track track, InitiativeDraft draft, String messageKey) {
        int items = db.fetchCount(INITIATIVE);
        int events = db.fetchCount(AUDIT_EVENT);

        var thrown = catchThrowable(() -> service.propose(track, draft));

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        var error = (InvalidInputException) thrown;
        assertThat(error.messageKey()).isEqualTo(messageKey);
        assertThat(db.fetchCount(INITIATIVE)).as("initiatives").isEqualTo(items);
        assertThat(db.fetchCount(AUDIT_EVENT)).as("audit events").isEqualTo(events);
        return error;
    }
}
