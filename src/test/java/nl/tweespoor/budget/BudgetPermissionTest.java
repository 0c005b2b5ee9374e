package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRODUCT.md §3 and §4: leaders plan, set envelopes and the redesign target; programme managers enter actuals on their
 * own items only; stale saves are refused; every change is audited with before and after.
 */
@Transactional
class BudgetPermissionTest extends DatabaseTest {

    /** A year without demo budgets, so envelopes and lines start empty. */
    private static final int YEAR = LocalDate.now().getYear() + 5;

    private static final String Q1 = YEAR + "-Q1";
    private static final String Q2 = YEAR + "-Q2";
    private static final String Q3 = YEAR + "-Q3";

    @Autowired
    BudgetService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    DSLContext db;

    BudgetFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new BudgetFixtures(db);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // --- planned amounts ------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("leader")
    void leader_plans_on_an_item_owned_by_someone_else() {
        long item = itemOf("manager2");
        fixtures.line(item, Q2, "100.00", "40.00");

        service.saveLines(
                item,
                List.of(
                        new LineEdit(Q1, new BigDecimal("1200.00"), BigDecimal.ZERO, 0),
                        new LineEdit(Q2, new BigDecimal("300.00"), new BigDecimal("40.00"), 1)));

        var q1 = fixtures.stored(item, Q1);
        assertThat(q1.getPlanned()).isEqualByComparingTo("1200.00");
        assertThat(q1.getActual()).isEqualByComparingTo("0");
        assertThat(q1.getVersion()).isEqualTo(1);
        var q2 = fixtures.stored(item, Q2);
        assertThat(q2.getPlanned()).isEqualByComparingTo("300.00");
        assertThat(q2.getActual()).isEqualByComparingTo("40.00");
        assertThat(q2.getVersion()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("leader")
    void leader_also_enters_actuals_on_any_item() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "500.00", "0.00");

        service.saveLines(item, List.of(new LineEdit(Q1, new BigDecimal("500.00"), new BigDecimal("620.50"), 1)));

        assertThat(fixtures.stored(item, Q1).getActual()).isEqualByComparingTo("620.50");
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_enters_actuals_on_his_own_item() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "0.00");

        service.saveLines(
                item,
                List.of(
                        new LineEdit(Q1, new BigDecimal("1000.00"), new BigDecimal("750.00"), 1),
                        new LineEdit(Q2, BigDecimal.ZERO, new BigDecimal("25.00"), 0)));

        var q1 = fixtures.stored(item, Q1);
        assertThat(q1.getPlanned()).isEqualByComparingTo("1000.00");
        assertThat(q1.getActual()).isEqualByComparingTo("750.00");
        assertThat(q1.getVersion()).isEqualTo(2);
        assertThat(fixtures.stored(item, Q2).getActual()).isEqualByComparingTo("25.00");
        assertThat(fixtures.stored(item, Q2).getPlanned()).isEqualByComparingTo("0");
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_changing_planned_on_his_own_item_is_refused() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "0.00");

        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("2000.00"), BigDecimal.ZERO, 1))))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("budget.only-leaders-plan");

        assertThat(fixtures.stored(item, Q1).getPlanned()).isEqualByComparingTo("1000.00");
        assertThat(fixtures.stored(item, Q1).getVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_planning_a_quarter_that_has_no_line_yet_is_refused() {
        long item = itemOf("manager");

        assertThatThrownBy(() ->
                        service.saveLines(item, List.of(new LineEdit(Q3, new BigDecimal("10.00"), BigDecimal.ZERO, 0))))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("budget.only-leaders-plan");

        assertThat(fixtures.stored(item, Q3)).isNull();
    }

    /**
     * Not in a test transaction: the service's own transaction must roll back the quarter it already stored before
     * the refusal. Uses a demo item as it is, so nothing is left behind when the service behaves.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @WithUserDetails("manager")
    void a_refused_quarter_leaves_every_quarter_of_the_save_as_it_was() {
        int year = LocalDate.now().getYear();
        long item = demoItemOfManagerWithTwoLines(year);
        var before = service.itemLines(item, year);
        var first = before.get(0);
        var second = before.get(1);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> service.saveLines(
                        item,
                        List.of(
                                new LineEdit(
                                        first.quarter(),
                                        first.planned(),
                                        first.actual().add(new BigDecimal("111.11")),
                                        first.version()),
                                new LineEdit(
                                        second.quarter(),
                                        second.planned().add(BigDecimal.ONE),
                                        second.actual(),
                                        second.version()))))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("budget.only-leaders-plan");

        assertThat(service.itemLines(item, year)).isEqualTo(before);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @WithUserDetails("leader")
    void a_stale_quarter_leaves_every_quarter_of_the_save_as_it_was() {
        int year = LocalDate.now().getYear();
        long item = demoItemOfManagerWithTwoLines(year);
        var before = service.itemLines(item, year);
        var first = before.get(0);
        var second = before.get(1);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> service.saveLines(
                        item,
                        List.of(
                                new LineEdit(
                                        first.quarter(),
                                        first.planned().add(new BigDecimal("1000")),
                                        first.actual(),
                                        first.version()),
                                new LineEdit(
                                        second.quarter(),
                                        second.planned().add(BigDecimal.ONE),
                                        second.actual(),
                                        second.version() - 1))))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(service.itemLines(item, year)).isEqualTo(before);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    // --- actuals on someone else's item, viewers ------------------------------------------------------------------

    @Test
    @WithUserDetails("manager")
    void programme_manager_entering_actuals_on_another_managers_item_is_refused() {
        long item = itemOf("manager2");
        fixtures.line(item, Q1, "1000.00", "100.00");

        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("1000.00"), new BigDecimal("900.00"), 1))))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("budget.only-owner-actuals");

        assertThat(fixtures.stored(item, Q1).getActual()).isEqualByComparingTo("100.00");
        assertThat(fixtures.stored(item, Q1).getVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void may_methods_tell_the_screen_what_a_programme_manager_may_do() {
        assertThat(service.mayPlan()).isFalse();
        assertThat(service.mayEnterActuals(fixtures.userId("manager"))).isTrue();
        assertThat(service.mayEnterActuals(fixtures.userId("manager2"))).isFalse();

        signInAs("leader");
        assertThat(service.mayPlan()).isTrue();
        assertThat(service.mayEnterActuals(fixtures.userId("manager2"))).isTrue();

        signInAs("viewer");
        assertThat(service.mayPlan()).isFalse();
        assertThat(service.mayEnterActuals(fixtures.userId("viewer"))).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_reads_budgets_but_cannot_save_lines() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "0.00");

        assertThat(service.itemLines(item, YEAR).get(0).planned()).isEqualByComparingTo("1000.00");
        assertThat(service.overview(YEAR).tracks().get(1).planned()).isEqualByComparingTo("1000.00");
        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("1000.00"), new BigDecimal("5.00"), 1))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixtures.stored(item, Q1).getActual()).isEqualByComparingTo("0");
    }

    @Test
    @WithUserDetails("admin")
    void admin_cannot_save_lines_either() {
        long item = itemOf("manager");

        assertThatThrownBy(() ->
                        service.saveLines(item, List.of(new LineEdit(Q1, new BigDecimal("1.00"), BigDecimal.ZERO, 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.stored(item, Q1)).isNull();
    }

    // --- envelopes and redesign target ----------------------------------------------------------------------------

    @Test
    @WithUserDetails("leader")
    void leader_sets_an_envelope_and_changes_it_with_the_version_he_saw() {
        assertThat(service.envelopeVersion(Track.PERSONAL, YEAR)).isZero();

        service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("150000.00"), 0);
        assertThat(service.envelopeVersion(Track.PERSONAL, YEAR)).isEqualTo(1);
        service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("175000.00"), 1);

        assertThat(envelope(Track.PERSONAL).getAmount()).isEqualByComparingTo("175000.00");
        assertThat(envelope(Track.PERSONAL).getVersion()).isEqualTo(2);
        assertThat(service.envelopeVersion(Track.STRATEGIC, YEAR)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void programme_manager_cannot_set_envelopes_or_the_redesign_target() {
        assertThatThrownBy(() -> service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("1.00"), 0))
                .isInstanceOf(AccessDeniedException.class);
        int version = settingsVersion();
        assertThatThrownBy(() -> service.setRedesignTarget(new BigDecimal("50"), version))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(BUDGET_ENVELOPE, BUDGET_ENVELOPE.YEAR.eq(YEAR)))
                .isZero();
        assertThat(settingsVersion()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_cannot_set_envelopes_or_the_redesign_target() {
        assertThatThrownBy(() -> service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("1.00"), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setRedesignTarget(new BigDecimal("50"), settingsVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(BUDGET_ENVELOPE, BUDGET_ENVELOPE.YEAR.eq(YEAR)))
                .isZero();
    }

    @Test
    @WithUserDetails("leader")
    void leader_sets_the_redesign_target_within_zero_to_hundred() {
        int version = settingsVersion();

        service.setRedesignTarget(new BigDecimal("35.5"), version);

        assertThat(settings().getRedesignTargetPct()).isEqualByComparingTo("35.5");
        assertThat(settingsVersion()).isEqualTo(version + 1);
        for (var outside : List.of("-0.01", "100.01")) {
            assertThatThrownBy(() -> service.setRedesignTarget(new BigDecimal(outside), version + 1))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("validation.between");
        }
        assertThatThrownBy(() -> service.setRedesignTarget(null, version + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(settings().getRedesignTargetPct()).isEqualByComparingTo("35.5");
    }

    // --- amounts ----------------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("leader")
    void negative_amounts_are_refused_and_nothing_is_written() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "10.00");

        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("-1.00"), new BigDecimal("10.00"), 1))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.not-negative");
        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("1000.00"), new BigDecimal("-0.01"), 1))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.not-negative");
        assertThatThrownBy(() -> service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("-5"), 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.not-negative");

        var q1 = fixtures.stored(item, Q1);
        assertThat(q1.getPlanned()).isEqualByComparingTo("1000.00");
        assertThat(q1.getActual()).isEqualByComparingTo("10.00");
        assertThat(q1.getVersion()).isEqualTo(1);
        assertThat(db.fetchCount(BUDGET_ENVELOPE, BUDGET_ENVELOPE.YEAR.eq(YEAR)))
                .isZero();
    }

    @Test
    @WithUserDetails("leader")
    void amounts_with_more_than_cents_or_an_unknown_item_or_quarter_are_refused() {
        long item = itemOf("manager");

        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("10.001"), BigDecimal.ZERO, 0))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.too-many-decimals");
        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(YEAR + "-Q5", BigDecimal.TEN, BigDecimal.ZERO, 0))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.quarter-format");
        long unknown = db.select(org.jooq.impl.DSL.max(INITIATIVE.ID))
                        .from(INITIATIVE)
                        .fetchSingle()
                        .value1()
                + 1000;
        assertThatThrownBy(
                        () -> service.saveLines(unknown, List.of(new LineEdit(Q1, BigDecimal.TEN, BigDecimal.ZERO, 0))))
                .isInstanceOf(NotFoundException.class);

        assertThat(db.fetchCount(BUDGET_LINE, BUDGET_LINE.INITIATIVE_ID.eq(item)))
                .isZero();
    }

    // --- concurrent edits -----------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("leader")
    void the_second_saver_of_the_same_line_version_is_refused_and_the_first_save_stays() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "0.00");
        var seenByLeader = service.itemLines(item, YEAR).get(0);
        signInAs("manager");
        var seenByManager = service.itemLines(item, YEAR).get(0);
        assertThat(seenByManager.version()).isEqualTo(1).isEqualTo(seenByLeader.version());

        signInAs("leader");
        service.saveLines(item, List.of(new LineEdit(Q1, new BigDecimal("1500.00"), BigDecimal.ZERO, 1)));
        int events = db.fetchCount(AUDIT_EVENT);
        signInAs("manager");
        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q1, new BigDecimal("1000.00"), new BigDecimal("300.00"), 1))))
                .isInstanceOf(ConcurrentEditException.class);

        var q1 = fixtures.stored(item, Q1);
        assertThat(q1.getPlanned()).isEqualByComparingTo("1500.00");
        assertThat(q1.getActual()).isEqualByComparingTo("0");
        assertThat(q1.getVersion()).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);

        service.saveLines(item, List.of(new LineEdit(Q1, new BigDecimal("1500.00"), new BigDecimal("300.00"), 2)));
        assertThat(fixtures.stored(item, Q1).getActual()).isEqualByComparingTo("300.00");
    }

    @Test
    @WithUserDetails("leader")
    void two_savers_of_a_quarter_that_had_no_line_the_second_is_refused() {
        long item = itemOf("manager");

        service.saveLines(item, List.of(new LineEdit(Q2, new BigDecimal("800.00"), BigDecimal.ZERO, 0)));

        assertThatThrownBy(() -> service.saveLines(
                        item, List.of(new LineEdit(Q2, new BigDecimal("900.00"), BigDecimal.ZERO, 0))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fixtures.stored(item, Q2).getPlanned()).isEqualByComparingTo("800.00");
    }

    @Test
    @WithUserDetails("leader")
    void a_stale_envelope_is_refused_and_the_first_amount_stays() {
        service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("1000000.00"), 0);

        assertThatThrownBy(() -> service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("2000000.00"), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(envelope(Track.STRATEGIC).getAmount()).isEqualByComparingTo("1000000.00");
        assertThat(envelope(Track.STRATEGIC).getVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void a_stale_settings_version_is_refused_and_the_first_target_stays() {
        int version = settingsVersion();
        service.setRedesignTarget(new BigDecimal("40"), version);

        assertThatThrownBy(() -> service.setRedesignTarget(new BigDecimal("25"), version))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(settings().getRedesignTargetPct()).isEqualByComparingTo("40");
        assertThat(settingsVersion()).isEqualTo(version + 1);
    }

    // --- audit ------------------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("leader")
    void saving_lines_writes_one_audit_event_per_changed_quarter_with_before_and_after() {
        long item = itemOf("manager2");
        fixtures.line(item, Q1, "100.00", "0.00");
        fixtures.line(item, Q3, "700.00", "0.00");
        long q1Id = fixtures.stored(item, Q1).getId();

        service.saveLines(
                item,
                List.of(
                        new LineEdit(Q1, new BigDecimal("250.00"), BigDecimal.ZERO, 1),
                        new LineEdit(Q2, new BigDecimal("80.00"), BigDecimal.ZERO, 0),
                        new LineEdit(Q3, new BigDecimal("700.00"), BigDecimal.ZERO, 1))); // unchanged

        var events = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("BUDGET_LINE_SAVED"), AUDIT_EVENT.INITIATIVE_ID.eq(item))
                .orderBy(AUDIT_EVENT.ID)
                .fetch();
        assertThat(events).hasSize(2);
        var changed = events.get(0);
        assertThat(changed.getEntityType()).isEqualTo("budget_line");
        assertThat(changed.getEntityId()).isEqualTo(q1Id);
        assertThat(changed.getActorName()).isEqualTo("leader");
        assertThat(changed.getActorId()).isEqualTo(fixtures.userId("leader"));
        assertThat(changed.getSummary()).contains(Q1).contains("250.00");
        assertThat(state(changed.getId(), "before_state", "planned")).isEqualByComparingTo("100.00");
        assertThat(state(changed.getId(), "after_state", "planned")).isEqualByComparingTo("250.00");
        assertThat(state(changed.getId(), "after_state", "version")).isEqualByComparingTo("2");

        var created = events.get(1);
        assertThat(created.getEntityId()).isEqualTo(fixtures.stored(item, Q2).getId());
        assertThat(created.getBeforeState()).isNull();
        assertThat(state(created.getId(), "after_state", "planned")).isEqualByComparingTo("80.00");
        assertThat(fixtures.stored(item, Q3).getVersion()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void setting_an_envelope_writes_an_audit_event_with_before_and_after() {
        service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("100.00"), 0);
        service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("250.00"), 1);

        var events = db.selectFrom(AUDIT_EVENT)
                .where(
                        AUDIT_EVENT.KIND.eq("ENVELOPE_SET"),
                        AUDIT_EVENT.ENTITY_ID.eq(envelope(Track.PERSONAL).getId()))
                .orderBy(AUDIT_EVENT.ID)
                .fetch();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getEntityType()).isEqualTo("budget_envelope");
        assertThat(events.get(0).getActorName()).isEqualTo("leader");
        assertThat(events.get(0).getBeforeState()).isNull();
        assertThat(state(events.get(0).getId(), "after_state", "amount")).isEqualByComparingTo("100.00");
        assertThat(state(events.get(1).getId(), "before_state", "amount")).isEqualByComparingTo("100.00");
        assertThat(state(events.get(1).getId(), "after_state", "amount")).isEqualByComparingTo("250.00");
        assertThat(state(events.get(1).getId(), "after_state", "year")).isEqualByComparingTo(String.valueOf(YEAR));
    }

    @Test
    @WithUserDetails("leader")
    void setting_the_redesign_target_writes_an_audit_event_with_before_and_after() {
        var old = settings().getRedesignTargetPct();
        int before = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("REDESIGN_TARGET_SET"));

        service.setRedesignTarget(new BigDecimal("42.50"), settingsVersion());

        var event = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("REDESIGN_TARGET_SET"))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("REDESIGN_TARGET_SET")))
                .isEqualTo(before + 1);
        assertThat(event.getEntityType()).isEqualTo("app_setting");
        assertThat(event.getEntityId()).isEqualTo(1L);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(state(event.getId(), "before_state", "redesign_target_pct")).isEqualByComparingTo(old);
        assertThat(state(event.getId(), "after_state", "redesign_target_pct")).isEqualByComparingTo("42.50");
    }

    @Test
    @WithUserDetails("manager")
    void a_save_without_changes_writes_nothing() {
        long item = itemOf("manager");
        fixtures.line(item, Q1, "1000.00", "10.00");
        int events = db.fetchCount(AUDIT_EVENT);

        service.saveLines(
                item,
                List.of(
                        new LineEdit(Q1, new BigDecimal("1000"), new BigDecimal("10.0"), 1),
                        new LineEdit(Q2, BigDecimal.ZERO, null, 0)));

        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
        assertThat(fixtures.stored(item, Q1).getVersion()).isEqualTo(1);
        assertThat(fixtures.stored(item, Q2)).isNull();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private long itemOf(String owner) {
        long department = db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.ID)
                .limit(1)
                .fetchSingle(DEPARTMENT.ID);
        return fixtures.programme("Budgetrechten " + owner, "OPTIMISE", department, null, owner);
    }

    private long demoItemOfManagerWithTwoLines(int year) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .join(BUDGET_LINE)
                .on(BUDGET_LINE.INITIATIVE_ID.eq(INITIATIVE.ID))
                .where(
                        INITIATIVE.OWNER_ID.eq(fixtures.userId("manager")),
                        BUDGET_LINE.QUARTER.in(year + "-Q1", year + "-Q2"))
                .groupBy(INITIATIVE.ID)
                .having(count().eq(2))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    private nl.tweespoor.db.tables.records.BudgetEnvelopeRecord envelope(Track track) {
        return db.selectFrom(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.YEAR.eq(YEAR), BUDGET_ENVELOPE.TRACK.eq(track))
                .fetchSingle();
    }

    private nl.tweespoor.db.tables.records.AppSettingRecord settings() {
        return db.selectFrom(APP_SETTING).where(APP_SETTING.ID.eq(1)).fetchSingle();
    }

    private int settingsVersion() {
        return settings().getVersion();
    }

    /** One field of an audit event's before or after state, as a number. */
    private BigDecimal state(long eventId, String column, String key) {
        Record row = db.select(field(column + " ->> '" + key + "'", String.class))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ID.eq(eventId))
                .fetchSingle();
        return new BigDecimal(row.get(0, String.class));
    }

    private void signInAs(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
