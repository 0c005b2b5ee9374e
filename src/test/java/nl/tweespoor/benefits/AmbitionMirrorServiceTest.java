package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13, the ambition mirror: the redesign share per quarter over the years, against the target. */
@Transactional
@WithUserDetails("viewer")
class AmbitionMirrorServiceTest extends DatabaseTest {

    @Autowired
    AmbitionMirrorService mirrors;

    @Autowired
    RedesignShareQueries queries;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @Test
    void each_quarter_shares_its_planned_redesign_budget_over_all_its_planned_budget() {
        var fixtures = new BenefitFixtures(db);
        long department = fixtures.department("Spiegel-afdeling");
        long redesign = fixtures.programme("Herontwerp", Stage.PILOT, "REDESIGN", department, null);
        long optimise = fixtures.programme("Optimalisatie", Stage.RUN, "OPTIMISE", department, null);
        long stopped = fixtures.programme("Gestopt herontwerp", Stage.STOPPED, "REDESIGN", department, null);
        fixtures.line(redesign, "2001-Q1", "300");
        fixtures.line(optimise, "2001-Q1", "700");
        fixtures.line(optimise, "2001-Q2", "500");
        fixtures.line(redesign, "2001-Q4", "100");
        fixtures.line(stopped, "2001-Q4", "0"); // released: counts for nothing

        var shares = queries.perQuarter(Quarter.parse("2001-Q1"), Quarter.parse("2001-Q4"));

        assertThat(shares).extracting(RedesignShare::quarter).containsExactly("2001-Q1", "2001-Q2", "2001-Q4");
        assertThat(shares.get(0).sharePct()).isEqualByComparingTo("30.0");
        assertThat(shares.get(1).sharePct()).isEqualByComparingTo("0.0");
        assertThat(shares.get(2).sharePct()).isEqualByComparingTo("100.0");
    }

    @Test
    void the_mirror_runs_from_the_first_quarter_with_plans_to_the_end_of_next_year() {
        var current = Quarter.of(LocalDate.now());
        var storyBegins = current.plus(-4);

        var mirror = mirrors.mirror();

        assertThat(mirror.quarters().getFirst().quarter())
                .as("the demo story plans from its first closed review's quarter")
                .isEqualTo(storyBegins.toString());
        assertThat(mirror.quarters().getLast().quarter()).isEqualTo((current.year() + 1) + "-Q4");
        assertThat(mirror.quarters()).hasSize(storyBegins.until(new Quarter(current.year() + 1, 4)) + 1);
        assertThat(mirror.targetPct()).isEqualByComparingTo("30");
    }

    @Test
    void the_mirror_looks_back_to_the_first_quarter_with_plans_at_most_two_years() {
        int year = LocalDate.now().getYear();
        var fixtures = new BenefitFixtures(db);
        long department = fixtures.department("Spiegel-afdeling");
        long programme = fixtures.programme("Oud herontwerp", Stage.RUN, "REDESIGN", department, null);
        fixtures.line(programme, (year - 2) + "-Q3", "1000");
        fixtures.line(programme, (year - 3) + "-Q4", "1000"); // before the mirror's reach

        var quarters = mirrors.mirror().quarters();

        assertThat(quarters.getFirst().quarter()).isEqualTo((year - 2) + "-Q3");
        assertThat(quarters.getFirst().sharePct()).isEqualByComparingTo("100.0");
        assertThat(quarters.get(1).sharePct())
                .as("a quarter without plans has no share")
                .isNull();
        assertThat(quarters).hasSize(2 + 4 + 8);
    }

    @Test
    void a_year_of_the_mirror_adds_up_to_the_balance_the_budget_page_shows() {
        int year = LocalDate.now().getYear();
        var balance = budgets.yearTotals(year).balance();

        var thisYear = mirrors.mirror().quarters().stream()
                .filter(q -> q.quarter().startsWith(year + "-"))
                .toList();

        assertThat(thisYear).hasSize(4);
        assertThat(balance.totalPlanned()).as("the demo story plans this year").isPositive();
        assertThat(thisYear.stream().map(RedesignShare::totalPlanned).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(balance.totalPlanned());
        assertThat(thisYear.stream().map(RedesignShare::redesignPlanned).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(balance.redesignPlanned());
    }

    @Test
    void a_quarter_without_plans_has_no_share_and_is_not_below_target() {
        var empty = new RedesignShare("2001-Q3", BigDecimal.ZERO, BigDecimal.ZERO);
        var below = new RedesignShare("2001-Q4", new BigDecimal("29.99"), new BigDecimal("100"));
        var at = new RedesignShare("2002-Q1", new BigDecimal("30"), new BigDecimal("100"));

        assertThat(empty.sharePct()).isNull();
        assertThat(new AmbitionMirror(java.util.List.of(empty, below, at), new BigDecimal("30")).quartersBelowTarget())
                .isEqualTo(1);
    }

    @Test
    void the_target_is_the_leaders_redesign_target() {
        db.update(APP_SETTING)
                .set(APP_SETTING.REDESIGN_TARGET_PCT, new BigDecimal("42.5"))
                .execute();

        assertThat(mirrors.mirror().targetPct()).isEqualByComparingTo("42.5");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_sees_the_mirror() {
        assertThatThrownBy(() -> mirrors.mirror()).isInstanceOf(AccessDeniedException.class);
    }
}
