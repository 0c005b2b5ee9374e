package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.LOGIN_ATTEMPT;
import static nl.tweespoor.db.Tables.PORTFOLIO_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;
import nl.tweespoor.adoption.AdoptionService;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.budget.YearTotals;
import nl.tweespoor.governance.risk.RiskPortfolioService;
import nl.tweespoor.roadmap.RoadmapFilter;
import nl.tweespoor.roadmap.RoadmapService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.InOneRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portfolio-wide figures are kept between requests while portfolio_version stands still (V75), and computed again as
 * soon as a committed change moves it: never a stale figure after a change, never the dear query twice without one.
 * Commits, so each test gets a fresh copy of the demo database.
 */
@FreshDatabaseForEachTest
class PortfolioCacheTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    BudgetService budgets;

    @Autowired
    PortfolioCache cache;

    @Autowired
    ReserveService reserves;

    @Autowired
    BenefitsService benefits;

    @Autowired
    AdoptionService adoption;

    @Autowired
    RiskPortfolioService risks;

    @Autowired
    RoadmapService roadmaps;

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void startsWithNothingKept() {
        cache.clear();
    }

    @Test
    @WithUserDetails("leader")
    void a_figure_asked_for_again_without_a_change_costs_only_the_version_read() {
        var first = InOneRequest.count(() -> budgets.yearTotals(YEAR));
        var again = InOneRequest.count(() -> budgets.yearTotals(YEAR));

        assertThat(again.result()).isEqualTo(first.result());
        assertThat(first.statements()).isGreaterThan(1);
        assertThat(again.statements())
                .as("the version and the settings row (read once per request)")
                .isLessThan(first.statements());
    }

    @Test
    @WithUserDetails("leader")
    void a_committed_change_moves_the_version_and_the_next_request_sees_it() {
        var before = budgets.yearTotals(YEAR);
        long version = version();
        var personal = personalEnvelope(before).add(new BigDecimal("12345"));

        budgets.setEnvelope(Track.PERSONAL, YEAR, personal, budgets.envelopeVersion(Track.PERSONAL, YEAR));

        assertThat(version()).isEqualTo(version + 1);
        assertThat(personalEnvelope(budgets.yearTotals(YEAR))).isEqualByComparingTo(personal);
    }

    @Test
    @WithUserDetails("leader")
    void one_transaction_moves_the_version_once_however_many_rows_it_changes() {
        long version = version();

        transactions.executeWithoutResult(status -> db.execute(
                "update initiative set description = description where id in (select id from initiative limit 5)"));

        assertThat(version()).isEqualTo(version + 1);
    }

    @Test
    @WithUserDetails("leader")
    void rows_no_kept_figure_reads_leave_the_version_where_it_was() {
        long version = version();

        transactions.executeWithoutResult(status -> db.insertInto(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.USERNAME, "someone")
                .set(LOGIN_ATTEMPT.ADDRESS, "192.0.2.1")
                .set(LOGIN_ATTEMPT.LAST_FAILURE_AT, OffsetDateTime.now())
                .execute());

        assertThat(version()).isEqualTo(version);
    }

    @Test
    @WithUserDetails("leader")
    void a_transaction_that_writes_reads_its_own_changes_not_what_was_kept() {
        var kept = budgets.yearTotals(YEAR);
        var changed = personalEnvelope(kept).add(new BigDecimal("1000"));

        var seenInside = transactions.execute(status -> {
            budgets.setEnvelope(Track.PERSONAL, YEAR, changed, budgets.envelopeVersion(Track.PERSONAL, YEAR));
            var inside = budgets.yearTotals(YEAR);
            status.setRollbackOnly();
            return inside;
        });

        assertThat(personalEnvelope(seenInside)).isEqualByComparingTo(changed);
        assertThat(personalEnvelope(budgets.yearTotals(YEAR)))
                .as("rolled back: the kept figure is right again")
                .isEqualByComparingTo(personalEnvelope(kept));
    }

    @Test
    void the_app_role_can_read_the_version_but_not_move_it() {
        assertThat(version()).isNotNegative();
        assertThatThrownBy(() -> db.update(PORTFOLIO_VERSION)
                        .set(PORTFOLIO_VERSION.VERSION, 0L)
                        .execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    @WithUserDetails("leader")
    void the_redesign_reserve_is_kept_and_a_saved_reserve_is_seen_at_once() {
        var first = keptAcrossRequests(() -> reserves.reserve(YEAR));

        var amount = first.envelopes().min(new BigDecimal("4321"));
        reserves.setReserve(YEAR, amount, first.version());

        var after = reserves.reserve(YEAR);
        assertThat(after.amount()).isEqualByComparingTo(amount);
        assertThat(after.version()).isEqualTo(first.version() + 1);
    }

    @Test
    @WithUserDetails("viewer")
    void a_benefit_lists_first_page_is_kept_and_the_pages_scrolled_to_are_read_as_asked() {
        var firstPage = PageRequest.first(10);
        var laterPage = new PageRequest(10, 10, List.of());
        keptAcrossRequests(() -> benefits.experiments(firstPage));

        assertReadAsAsked(() -> benefits.experiments(laterPage));
    }

    @Test
    @WithUserDetails("viewer")
    void a_kept_benefit_list_follows_a_committed_change() {
        var page = PageRequest.first(50);
        var before = InOneRequest.run(() -> benefits.departments(page));
        var top = before.getFirst();
        long version = version();

        transactions.executeWithoutResult(status -> db.execute(
                "update initiative set hours_saved_per_week = coalesce(hours_saved_per_week, 0) + 5"
                        + " where department_id = ?",
                top.departmentId()));

        assertThat(version()).isEqualTo(version + 1);
        assertThat(InOneRequest.run(() -> benefits.departments(page)))
                .as("the next request reads the moved version and computes the list again")
                .isNotEqualTo(before);
    }

    @Test
    @WithUserDetails("viewer")
    void adoption_per_department_is_kept_and_follows_a_committed_change() {
        var first = keptAcrossRequests(() -> adoption.perDepartment());

        transactions.executeWithoutResult(
                status -> db.execute(
                        "update initiative set learnings = 'Gedeeld in de teamdag' where track = 'PERSONAL' and learnings is null"));

        assertThat(InOneRequest.run(() -> adoption.perDepartment())).isNotEqualTo(first);
    }

    @Test
    @WithUserDetails("viewer")
    void the_risk_overview_is_kept_and_follows_a_committed_change() {
        var first = keptAcrossRequests(() -> risks.overview());

        transactions.executeWithoutResult(
                status -> db.execute(
                        "update initiative set risk_class = 'HIGH', risk_justification = 'Beslist over klanten'"
                                + " where id = (select min(id) from initiative where stage = 'RUNNING' and risk_class <> 'HIGH')"));

        assertThat(InOneRequest.run(() -> risks.overview()).riskyCount()).isEqualTo(first.riskyCount() + 1);
    }

    @Test
    @WithUserDetails("viewer")
    void the_roadmap_as_it_opens_is_kept_and_a_filtered_one_is_read_as_asked() {
        var now = Quarter.of(LocalDate.now());
        var opening = new RoadmapFilter(now, now.plus(3), null, null, null, null, null);
        var filtered = new RoadmapFilter(now, now.plus(3), null, null, null, "REDESIGN", null);

        keptAcrossRequests(() -> roadmaps.roadmap(opening));

        assertReadAsAsked(() -> roadmaps.roadmap(filtered));
    }

    /** Asked in two requests: the same answer, the second for fewer statements (the version read, not the figure). */
    private static <T> T keptAcrossRequests(Supplier<T> figure) {
        var first = InOneRequest.count(figure);
        var again = InOneRequest.count(figure);
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(again.statements()).isLessThan(first.statements());
        return first.result();
    }

    /** Asked in two requests: the second runs as many statements as the first, nothing was kept. */
    private static void assertReadAsAsked(Supplier<?> figure) {
        var first = InOneRequest.count(figure);
        var again = InOneRequest.count(figure);
        assertThat(again.statements()).isEqualTo(first.statements());
    }

    private long version() {
        return db.select(PORTFOLIO_VERSION.VERSION)
                .from(PORTFOLIO_VERSION)
                .fetchSingle()
                .value1();
    }

    private static BigDecimal personalEnvelope(YearTotals totals) {
        return totals.trackTotals().stream()
                .filter(t -> t.track() == Track.PERSONAL)
                .findFirst()
                .orElseThrow()
                .rollup()
                .envelope();
    }
}
