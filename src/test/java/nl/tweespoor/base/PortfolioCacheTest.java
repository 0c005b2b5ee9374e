package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.LOGIN_ATTEMPT;
import static nl.tweespoor.db.Tables.PORTFOLIO_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.Year;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.YearTotals;
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
