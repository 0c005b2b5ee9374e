package nl.tweespoor.benefits;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.PageRequest.SortOrder;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13, benefits that add up: the counted experiments (running, concluded, promoted) of a department of the
 * test's own, their hours per year and FTE, per goal with the programmes' KPIs, cost per hour saved, the trends.
 */
@Transactional
@WithUserDetails("viewer")
class BenefitsServiceTest extends DatabaseTest {

    @Autowired
    BenefitsService benefits;

    @Autowired
    TrendQueries trends;

    @Autowired
    DSLContext db;

    BenefitFixtures fixtures;
    long department;
    long goal;
    long tenHours;
    long noParticipants;
    long noCost;

    @BeforeEach
    void a_department_with_experiments_in_every_stage() {
        fixtures = new BenefitFixtures(db);
        department = fixtures.department("Baten-afdeling");
        goal = fixtures.goal("Baten-doel", 2099);
        // 2.5 h × 4 = 10 h a week = 460 h a year; cost 4,600: 10.00 per hour saved
        tenHours = fixtures.experiment("Tien uur", Stage.RUNNING, department, goal, "2.5", 4, "4600");
        noParticipants = fixtures.experiment("Niemand", Stage.CONCLUDED, department, null, "1.5", 0, "500");
        fixtures.experiment("Onbekend aantal", Stage.PROMOTED, department, null, "3.0", null, "100");
        // 0.5 h × 3 = 1.5 h a week = 69 h a year; no cost
        noCost = fixtures.experiment("Anderhalf uur", Stage.RUNNING, department, null, "0.5", 3, null);
        fixtures.experiment("Gestopt", Stage.STOPPED, department, goal, "10", 10, "10");
        fixtures.experiment("Voorstel", Stage.PROPOSED, department, goal, "10", 10, "10");
    }

    @Test
    void a_department_adds_up_its_counted_experiments_into_hours_per_year_and_fte() {
        var row = departmentRow();

        assertThat(row.experiments())
                .as("running, concluded and promoted; not stopped or proposed")
                .isEqualTo(4);
        assertThat(row.participants()).isEqualTo(7);
        assertThat(row.hours().perWeek()).isEqualByComparingTo("11.5");
        assertThat(row.hours().perYear()).isEqualByComparingTo("529");
        assertThat(row.hours().fte()).as("529 / 1,600 = 0.33").isEqualByComparingTo("0.3");
    }

    @Test
    void the_fte_follows_the_hours_per_fte_the_admins_set() {
        db.update(APP_SETTING).set(APP_SETTING.HOURS_PER_FTE, 1150).execute();

        assertThat(departmentRow().hours().fte()).as("529 / 1,150 = 0.46").isEqualByComparingTo("0.5");
        assertThat(benefits.totals().hoursPerFte()).isEqualTo(1150);
    }

    @Test
    void the_total_counts_every_counted_experiment_once() {
        var before = benefits.totals();
        fixtures.experiment("Nog een", Stage.CONCLUDED, department, null, "4", 2, null);
        fixtures.experiment("Nog een gestopt", Stage.STOPPED, department, null, "4", 2, null);

        var totals = benefits.totals();

        assertThat(totals.experiments()).isEqualTo(before.experiments() + 1);
        assertThat(totals.participants()).isEqualTo(before.participants() + 2);
        assertThat(totals.hours().perWeek().subtract(before.hours().perWeek())).isEqualByComparingTo("8");
        assertThat(totals.hoursPerFte()).isEqualTo(1600);
        var perDepartment = benefits.departments(PageRequest.first(500)).stream()
                .map(d -> d.hours().perWeek())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(perDepartment)
                .as("the departments add up to the total")
                .isEqualByComparingTo(totals.hours().perWeek());
        assertThat(benefits.departments(PageRequest.first(500))).hasSize(benefits.departmentCount());
    }

    @Test
    void a_goal_adds_up_its_experiments_hours_and_its_programmes_kpi_progress() {
        long pilot = fixtures.programme("Baten-pilot", Stage.PILOT, "REDESIGN", department, goal);
        fixtures.kpi(pilot, "0", "100", "50"); // 50 %
        fixtures.kpi(pilot, "10", "20", "25"); // past the target: 100 %, on target
        fixtures.kpi(pilot, "0", "10", null); // no actual yet: counted, not averaged
        long stopped = fixtures.programme("Baten-gestopt", Stage.STOPPED, "OPTIMISE", department, goal);
        fixtures.kpi(stopped, "0", "10", "10");
        fixtures.programme("Baten-idee", Stage.IDEA, "OPTIMISE", department, goal);

        var row = benefits.goals(PageRequest.first(500)).stream()
                .filter(g -> g.goalId() == goal)
                .findFirst()
                .orElseThrow();

        assertThat(row.goal()).isEqualTo("Baten-doel");
        assertThat(row.experiments())
                .as("only the running one; stopped and proposed do not count")
                .isEqualTo(1);
        assertThat(row.hours().perYear()).isEqualByComparingTo("460");
        assertThat(row.programmes()).as("stopped programmes left out").isEqualTo(2);
        assertThat(row.kpis()).isEqualTo(3);
        assertThat(row.kpiProgressPct()).isEqualTo(75);
        assertThat(row.kpisOnTarget()).isEqualTo(1);
        assertThat(benefits.goals(PageRequest.first(500))).hasSize(benefits.goalCount());
    }

    @Test
    void an_experiment_exploring_a_programme_counts_for_the_programmes_goal_unless_it_names_its_own() {
        long otherGoal = fixtures.goal("Baten-ander-doel", 2099);
        long programme = fixtures.programme("Baten-programma", Stage.PILOT, "REDESIGN", department, goal);
        // 1 h × 2 = 2 h a week = 92 h a year, through the programme only
        long viaProgramme = fixtures.experiment("Via programma", Stage.RUNNING, department, null, "1", 2, null);
        // names a goal of its own beside the programme: counted there, not twice
        long ownGoal = fixtures.experiment("Eigen doel", Stage.RUNNING, department, otherGoal, "1", 1, null);
        db.update(INITIATIVE)
                .set(INITIATIVE.EXPLORES_PROGRAMME_ID, programme)
                .where(INITIATIVE.ID.in(viaProgramme, ownGoal))
                .execute();

        var rows = benefits.goals(PageRequest.first(500));
        var viaTheProgramme =
                rows.stream().filter(g -> g.goalId() == goal).findFirst().orElseThrow();
        var itsOwn =
                rows.stream().filter(g -> g.goalId() == otherGoal).findFirst().orElseThrow();

        assertThat(viaTheProgramme.experiments())
                .as("Tien uur and Via programma")
                .isEqualTo(2);
        assertThat(viaTheProgramme.hours().perYear()).isEqualByComparingTo("552");
        assertThat(itsOwn.experiments()).isEqualTo(1);
        assertThat(itsOwn.hours().perYear()).isEqualByComparingTo("46");
    }

    @Test
    void a_goal_without_kpi_actuals_has_no_progress_to_show() {
        var row = benefits.goals(PageRequest.first(500)).stream()
                .filter(g -> g.goalId() == goal)
                .findFirst()
                .orElseThrow();

        assertThat(row.kpis()).isZero();
        assertThat(row.kpiProgressPct()).isNull();
    }

    @Test
    void cost_per_hour_saved_is_cost_over_hours_per_year_and_none_without_hours_or_cost() {
        var rows = benefits.experiments(new PageRequest(0, 500, List.of(new SortOrder("costPerHour", true))));

        var ten = rows.stream().filter(r -> r.id() == tenHours).findFirst().orElseThrow();
        assertThat(ten.hoursPerYear()).isEqualByComparingTo("460");
        assertThat(ten.costPerHour()).isEqualByComparingTo("10.00");
        var nobody =
                rows.stream().filter(r -> r.id() == noParticipants).findFirst().orElseThrow();
        assertThat(nobody.hoursPerYear()).isEqualByComparingTo("0");
        assertThat(nobody.costPerHour())
                .as("no hours saved: nothing to divide by")
                .isNull();
        var free = rows.stream().filter(r -> r.id() == noCost).findFirst().orElseThrow();
        assertThat(free.costPerHour()).isNull();
        assertThat(rows).as("sorted by cost per hour, the ones without last").hasSize(benefits.experimentCount());
        int firstWithout = rows.indexOf(
                rows.stream().filter(r -> r.costPerHour() == null).findFirst().orElseThrow());
        assertThat(rows.subList(firstWithout, rows.size())).allMatch(r -> r.costPerHour() == null);
        assertThat(rows.subList(0, firstWithout))
                .extracting(ItemBenefit::costPerHour)
                .isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void an_unknown_sort_property_is_ignored_not_passed_to_sql() {
        var rows = benefits.experiments(new PageRequest(0, 500, List.of(new SortOrder("title; drop table kpi", true))));

        assertThat(rows).hasSize(benefits.experimentCount());
    }

    @Test
    void the_trend_averages_each_experiments_last_measurement_per_quarter() {
        // quarters of long ago, which the demo story leaves empty
        fixtures.measured(tenHours, "2001-Q2", "20", "3.0");
        fixtures.measured(tenHours, "2001-Q2", "40", "4.0"); // later in the same quarter: this one counts
        fixtures.measured(noCost, "2001-Q2", "60", null);
        fixtures.measured(noCost, "2001-Q4", "70", "4.5");

        var trend = trends.adoptionAndSatisfaction(Quarter.parse("2001-Q1"), Quarter.parse("2001-Q4"));

        assertThat(trend).extracting(QuarterTrend::quarter).containsExactly("2001-Q2", "2001-Q4");
        var second = trend.getFirst();
        assertThat(second.experiments()).isEqualTo(2);
        assertThat(second.adoptionPct()).isEqualByComparingTo("50.0");
        assertThat(second.satisfaction()).as("only the one that measured it").isEqualByComparingTo("4.0");
    }

    @Test
    void the_trend_shows_every_quarter_up_to_this_one_also_without_measurements() {
        var now = Quarter.of(LocalDate.now());

        var trend = benefits.adoptionTrend();

        assertThat(trend).hasSize(BenefitsService.TREND_QUARTERS);
        assertThat(trend.getFirst().quarter())
                .isEqualTo(now.plus(1 - BenefitsService.TREND_QUARTERS).toString());
        assertThat(trend.getLast().quarter()).isEqualTo(now.toString());
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_reads_nothing() {
        assertThatThrownBy(() -> benefits.totals()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> benefits.experiments(PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void every_role_may_read_the_benefits() {
        assertThat(benefits.totals().experiments()).isPositive();
    }

    private DepartmentBenefit departmentRow() {
        return benefits.departments(PageRequest.first(500)).stream()
                .filter(d -> d.departmentId() == department)
                .findFirst()
                .orElseThrow();
    }
}
