package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.InOneRequest;
import nl.tweespoor.support.MorePortfolio;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11: the year totals come from one statement over the year's lines and equal what the five separate
 * roll-up statements computed before; the budget page's and the dashboard's budget statements do not grow with the
 * portfolio.
 */
@Transactional
@WithUserDetails("leader")
class YearTotalsTest extends DatabaseTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    @Autowired
    BudgetService budgets;

    @Autowired
    DSLContext db;

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1})
    void the_year_totals_equal_the_old_per_track_per_goal_per_department_and_balance_statements(int yearsFromNow) {
        int year = Year.now().getValue() + yearsFromNow;

        var overview = budgets.overview(year);

        assertThat(overview.tracks())
                .extracting(YearTotalsTest::text)
                .containsExactlyElementsOf(
                        oldTracks(year).stream().map(YearTotalsTest::text).toList());
        assertThat(overview.goals())
                .extracting(YearTotalsTest::text)
                .containsExactlyElementsOf(
                        oldPerGoal(year).stream().map(YearTotalsTest::text).toList());
        assertThat(overview.departments())
                .extracting(YearTotalsTest::text)
                .containsExactlyElementsOf(oldPerDepartment(year).stream()
                        .map(YearTotalsTest::text)
                        .toList());
        var old = oldRedesignAndTotal(year);
        assertThat(overview.balance().redesignPlanned()).isEqualByComparingTo(old[0]);
        assertThat(overview.balance().totalPlanned()).isEqualByComparingTo(old[1]);
        assertThat(overview.balance().targetPct())
                .isEqualByComparingTo(db.select(APP_SETTING.REDESIGN_TARGET_PCT)
                        .from(APP_SETTING)
                        .fetchSingle()
                        .value1());
        assertThat(budgets.yearTotals(year)).isEqualTo(overview.totals());
        var current = Quarter.of(LocalDate.now());
        assertThat(budgets.overBudgetItems(year, 0, 500))
                .extracting(YearTotalsTest::text)
                .containsExactlyElementsOf(oldOverBudget(year, current).stream()
                        .map(YearTotalsTest::text)
                        .toList());
        assertThat(budgets.countOverBudgetItems(year))
                .isEqualTo(oldOverBudget(year, current).size());
    }

    @Test
    void the_demo_year_has_money_on_both_tracks_so_the_comparison_above_compares_something() {
        var totals = budgets.yearTotals(Year.now().getValue());
        assertThat(totals.tracks())
                .allSatisfy(track -> assertThat(track.planned()).isPositive());
        assertThat(totals.balance().redesignPlanned()).isPositive();
        assertThat(budgets.overview(Year.now().getValue()).goals()).isNotEmpty();
    }

    @Test
    void the_over_budget_items_come_a_page_at_a_time_in_title_order_without_gaps() {
        int year = Year.now().getValue();
        MorePortfolio.add(db, 300);
        var all = budgets.overBudgetItems(year, 0, 500);
        assertThat(all).hasSizeGreaterThan(20).hasSize(budgets.countOverBudgetItems(year));

        var paged = new java.util.ArrayList<Rollup>();
        for (int offset = 0; offset < all.size(); offset += 7) {
            paged.addAll(budgets.overBudgetItems(year, offset, 7));
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void the_dashboard_and_budget_page_statements_are_as_many_with_two_thousand_more_items() {
        int year = Year.now().getValue();
        long dashboardDemo = InOneRequest.statements(() -> budgets.yearTotals(year));
        long pageDemo = InOneRequest.statements(this::budgetPage);

        MorePortfolio.add(db, 2_000);
        var bigger = InOneRequest.count(() -> budgets.overBudgetItems(year, 0, 500));
        assertThat(bigger.result())
                .as("the generated lines put items over budget")
                .hasSizeGreaterThan(100);

        assertThat(InOneRequest.statements(() -> budgets.yearTotals(year))).isEqualTo(dashboardDemo);
        assertThat(InOneRequest.statements(this::budgetPage)).isEqualTo(pageDemo);
        // one for the totals, one for the request's settings
        assertThat(dashboardDemo).isEqualTo(2);
    }

    /** What the budget page asks for in one round trip: the overview, a page of over-budget items and their count. */
    private void budgetPage() {
        int year = Year.now().getValue();
        budgets.overview(year);
        budgets.overBudgetItems(year, 0, 50);
        budgets.countOverBudgetItems(year);
    }

    private static String text(Rollup rollup) {
        return rollup.key() + " " + rollup.label() + " " + rollup.planned().setScale(2) + " "
                + rollup.actual().setScale(2) + " "
                + (rollup.envelope() == null ? "-" : rollup.envelope().setScale(2));
    }

    // The statements the budget page and the dashboard ran before issue 11, as they were.

    private List<Rollup> oldTracks(int year) {
        var envelopes = db.selectFrom(BUDGET_ENVELOPE)
                .where(BUDGET_ENVELOPE.YEAR.eq(year))
                .fetchMap(BUDGET_ENVELOPE.TRACK);
        var sums = db.select(
                        INITIATIVE.TRACK,
                        coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.TRACK)
                .fetch(r -> new Rollup(r.value1().name(), r.value1().name(), r.value2(), r.value3(), null));
        return java.util.Arrays.stream(Track.values())
                .map(track -> {
                    var sum = sums.stream()
                            .filter(r -> r.key().equals(track.name()))
                            .findFirst()
                            .orElse(new Rollup(track.name(), track.name(), ZERO, ZERO, null));
                    var envelope = envelopes.get(track);
                    return new Rollup(
                            track.name(),
                            track.name(),
                            sum.planned(),
                            sum.actual(),
                            envelope == null ? ZERO : envelope.getAmount());
                })
                .toList();
    }

    private List<Rollup> oldPerGoal(int year) {
        return db.select(
                        STRATEGIC_GOAL.ID,
                        STRATEGIC_GOAL.TITLE,
                        coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(STRATEGIC_GOAL)
                .on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .where(inYear(year))
                .groupBy(STRATEGIC_GOAL.ID, STRATEGIC_GOAL.TITLE)
                .orderBy(STRATEGIC_GOAL.TITLE)
                .fetch(r -> new Rollup(String.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), null));
    }

    private List<Rollup> oldPerDepartment(int year) {
        return db.select(
                        DEPARTMENT.ID,
                        DEPARTMENT.NAME,
                        coalesce(sum(BUDGET_LINE.PLANNED), ZERO),
                        coalesce(sum(BUDGET_LINE.ACTUAL), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(inYear(year))
                .groupBy(DEPARTMENT.ID, DEPARTMENT.NAME)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> new Rollup(String.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), null));
    }

    private List<Rollup> oldOverBudget(int year, Quarter current) {
        var plannedToDate = coalesce(
                sum(when(BUDGET_LINE.QUARTER.le(current.toString()), BUDGET_LINE.PLANNED)
                        .else_(ZERO)),
                ZERO);
        var actual = coalesce(sum(BUDGET_LINE.ACTUAL), ZERO);
        return db.select(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE, plannedToDate, actual)
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .groupBy(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE)
                .having(actual.gt(plannedToDate)
                        .or(boolOr(BUDGET_LINE
                                .QUARTER
                                .eq(current.toString())
                                .and(BUDGET_LINE.ACTUAL.gt(BUDGET_LINE.PLANNED)))))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .fetch(r -> new Rollup(
                        r.value2() == Track.PERSONAL ? "experiments/" + r.value1() : "programmes/" + r.value1(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        null));
    }

    private BigDecimal[] oldRedesignAndTotal(int year) {
        var row = db.select(
                        coalesce(
                                sum(when(INITIATIVE.AMBITION.eq("REDESIGN"), BUDGET_LINE.PLANNED)
                                        .else_(ZERO)),
                                ZERO),
                        coalesce(sum(BUDGET_LINE.PLANNED), ZERO))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear(year))
                .fetchSingle();
        return new BigDecimal[] {row.value1(), row.value2()};
    }

    private static Condition inYear(int year) {
        return BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
    }
}
