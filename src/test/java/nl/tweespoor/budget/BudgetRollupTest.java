package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * PRODUCT.md §4 Balance and the OVER_BUDGET flag: the roll-ups of the budget page equal hand-computed sums.
 *
 * <p>The hand-computed year lies five years back: the demo data plans only this year and next, and in a past year
 * "to date" is the whole year, so the over-budget list does not depend on today's date.
 */
@Transactional
@WithUserDetails("leader")
class BudgetRollupTest extends DatabaseTest {

    private static final int YEAR = LocalDate.now().getYear() - 5;

    @Autowired
    BudgetService service;

    @Autowired
    BudgetRepository repository;

    @Autowired
    DSLContext db;

    BudgetFixtures fixtures;
    long north;
    long south;
    long goalA;
    long goalB;
    long optimiseExperiment;
    long redesignExperiment;
    long redesignProgramme;
    long optimiseProgramme;
    long edgeProgramme;

    @BeforeEach
    void planAYearByHand() {
        fixtures = new BudgetFixtures(db);
        assertThat(db.fetchCount(BUDGET_LINE, BUDGET_LINE.QUARTER.startsWith(YEAR + "-")))
                .isZero();
        assertThat(db.fetchCount(BUDGET_ENVELOPE, BUDGET_ENVELOPE.YEAR.eq(YEAR)))
                .isZero();
        db.update(APP_SETTING)
                .set(APP_SETTING.REDESIGN_TARGET_PCT, new BigDecimal("30"))
                .where(APP_SETTING.ID.eq(1))
                .execute();

        north = fixtures.department("Budgettest Noord");
        south = fixtures.department("Budgettest Zuid");
        goalA = fixtures.goal("Budgettest doel A", YEAR + 1);
        goalB = fixtures.goal("Budgettest doel B", YEAR + 1);

        // PERSONAL: planned 4 000, actual 2 400
        optimiseExperiment = fixtures.experiment("BT experiment 1", "OPTIMISE", north, null, "manager");
        fixtures.line(optimiseExperiment, YEAR + "-Q1", "1000.00", "800.00");
        fixtures.line(optimiseExperiment, YEAR + "-Q2", "1000.00", "900.00");
        redesignExperiment = fixtures.experiment("BT experiment 2", "REDESIGN", south, goalA, "manager2");
        fixtures.line(redesignExperiment, YEAR + "-Q1", "500.00", "700.00"); // one quarter above plan
        fixtures.line(redesignExperiment, YEAR + "-Q3", "1500.00", "0.00");

        // STRATEGIC: planned 85 000, actual 77 500
        redesignProgramme = fixtures.programme("BT programma 1", "REDESIGN", north, goalA, "manager");
        fixtures.line(redesignProgramme, YEAR + "-Q1", "10000.00", "12000.00");
        fixtures.line(redesignProgramme, YEAR + "-Q2", "10000.00", "10500.00"); // year to date above plan
        optimiseProgramme = fixtures.programme("BT programma 2", "OPTIMISE", south, goalB, "manager2");
        fixtures.line(optimiseProgramme, YEAR + "-Q1", "30000.00", "25000.00");
        fixtures.line(optimiseProgramme, YEAR + "-Q2", "30000.00", "30000.00"); // equal is not above
        edgeProgramme = fixtures.programme("BT programma 3", "OPTIMISE", north, goalB, "manager");
        fixtures.line(edgeProgramme, YEAR + "-Q4", "5000.00", "0.00");
        // quarters of the neighbouring years never count, even when far above plan
        fixtures.line(edgeProgramme, (YEAR - 1) + "-Q4", "100.00", "99999.00");
        fixtures.line(edgeProgramme, (YEAR + 1) + "-Q1", "100.00", "99999.00");
    }

    @Test
    void tracks_sum_planned_and_actual_of_their_items() {
        var overview = service.overview(YEAR);

        assertThat(overview.year()).isEqualTo(YEAR);
        assertThat(overview.tracks()).extracting(Rollup::key).containsExactly("PERSONAL", "STRATEGIC");
        var personal = overview.tracks().get(0);
        assertThat(personal.planned()).isEqualByComparingTo("4000.00");
        assertThat(personal.actual()).isEqualByComparingTo("2400.00");
        var strategic = overview.tracks().get(1);
        assertThat(strategic.planned()).isEqualByComparingTo("85000.00");
        assertThat(strategic.actual()).isEqualByComparingTo("77500.00");
    }

    @Test
    void a_track_without_an_envelope_shows_zero_and_any_plan_is_over_it() {
        var overview = service.overview(YEAR);

        assertThat(overview.tracks())
                .extracting(Rollup::envelope)
                .allSatisfy(envelope -> assertThat(envelope).isEqualByComparingTo("0"));
        assertThat(overview.tracks()).allMatch(Rollup::overEnvelope);
    }

    @Test
    void envelopes_set_by_a_leader_are_shown_per_track_and_planned_above_one_is_a_warning() {
        service.setEnvelope(Track.PERSONAL, YEAR, new BigDecimal("5000.00"), 0);
        service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("80000.00"), 0);

        var tracks = service.overview(YEAR).tracks();

        assertThat(tracks.get(0).envelope()).isEqualByComparingTo("5000.00");
        assertThat(tracks.get(0).overEnvelope()).isFalse();
        assertThat(tracks.get(1).envelope()).isEqualByComparingTo("80000.00");
        assertThat(tracks.get(1).overEnvelope()).isTrue();
    }

    @Test
    void planned_exactly_at_the_envelope_is_not_over_it() {
        service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("85000.00"), 0);

        var strategic = service.overview(YEAR).tracks().get(1);

        assertThat(strategic.overEnvelope()).isFalse();
        service.setEnvelope(Track.STRATEGIC, YEAR, new BigDecimal("84999.99"), 1);
        assertThat(service.overview(YEAR).tracks().get(1).overEnvelope()).isTrue();
    }

    @Test
    void goals_sum_the_items_that_serve_them_and_items_without_a_goal_are_left_out() {
        var goals = service.overview(YEAR).goals();

        assertThat(goals).extracting(Rollup::key).containsExactly(String.valueOf(goalA), String.valueOf(goalB));
        assertThat(goals).extracting(Rollup::label).containsExactly("Budgettest doel A", "Budgettest doel B");
        assertThat(goals.get(0).planned()).isEqualByComparingTo("22000.00");
        assertThat(goals.get(0).actual()).isEqualByComparingTo("23200.00");
        assertThat(goals.get(0).overBudget()).isTrue();
        assertThat(goals.get(1).planned()).isEqualByComparingTo("65000.00");
        assertThat(goals.get(1).actual()).isEqualByComparingTo("55000.00");
        assertThat(goals.get(1).overBudget()).isFalse();
    }

    @Test
    void departments_sum_the_items_they_run() {
        var departments = service.overview(YEAR).departments();

        assertThat(departments).extracting(Rollup::label).containsExactly("Budgettest Noord", "Budgettest Zuid");
        assertThat(departments).extracting(Rollup::key).containsExactly(String.valueOf(north), String.valueOf(south));
        assertThat(departments.get(0).planned()).isEqualByComparingTo("27000.00");
        assertThat(departments.get(0).actual()).isEqualByComparingTo("24200.00");
        assertThat(departments.get(1).planned()).isEqualByComparingTo("62000.00");
        assertThat(departments.get(1).actual()).isEqualByComparingTo("55700.00");
    }

    @Test
    void over_budget_items_of_a_past_year_are_those_above_plan_over_the_whole_year() {
        var over = service.overBudgetItems(YEAR, 0, 100);

        // "BT experiment 2" overspent in Q1 only and stayed within the year's plan: not over budget.
        assertThat(over).extracting(Rollup::key).containsExactly("programmes/" + redesignProgramme);
        assertThat(over).extracting(Rollup::label).containsExactly("BT programma 1");
        assertThat(over.get(0).planned()).isEqualByComparingTo("20000.00");
        assertThat(over.get(0).actual()).isEqualByComparingTo("22500.00");
    }

    @Test
    void an_item_over_plan_in_the_current_quarter_is_over_budget_even_when_within_plan_to_date() {
        long spendingNow = fixtures.programme("BT nu erboven", "OPTIMISE", north, null, "leader");
        fixtures.line(spendingNow, YEAR + "-Q1", "1000.00", "500.00");
        fixtures.line(spendingNow, YEAR + "-Q2", "100.00", "200.00");

        assertThat(repository.overBudgetItems(YEAR, new Quarter(YEAR, 2), 0, 100))
                .extracting(Rollup::label)
                .contains("BT nu erboven");
        assertThat(repository.overBudgetItems(YEAR, new Quarter(YEAR, 3), 0, 100))
                .extracting(Rollup::label)
                .as("the quarter is over; to date it is within plan")
                .doesNotContain("BT nu erboven");
    }

    @Test
    void plan_to_date_counts_quarters_up_to_and_including_the_current_one() {
        long ahead = fixtures.programme("BT vooruit", "OPTIMISE", north, null, "leader");
        fixtures.line(ahead, YEAR + "-Q1", "100.00", "100.00");
        fixtures.line(ahead, YEAR + "-Q2", "100.00", "100.00");
        fixtures.line(ahead, YEAR + "-Q3", "800.00", "0.00");

        var inQ2 = repository.overBudgetItems(YEAR, new Quarter(YEAR, 2), 0, 100);
        assertThat(inQ2)
                .extracting(Rollup::label)
                .doesNotContain("BT vooruit")
                .contains("BT experiment 2", "BT programma 1");
        var redesign = inQ2.stream()
                .filter(r -> r.label().equals("BT experiment 2"))
                .findFirst()
                .orElseThrow();
        assertThat(redesign.planned()).isEqualByComparingTo("500.00"); // Q3's 1 500 is not due yet
        assertThat(redesign.actual()).isEqualByComparingTo("700.00");

        var inQ1 = repository.overBudgetItems(YEAR, new Quarter(YEAR, 1), 0, 100);
        var programme = inQ1.stream()
                .filter(r -> r.label().equals("BT programma 1"))
                .findFirst()
                .orElseThrow();
        assertThat(programme.planned()).isEqualByComparingTo("10000.00");
    }

    @Test
    void redesign_share_is_planned_on_redesign_items_over_the_years_plan() {
        var balance = service.overview(YEAR).balance();

        assertThat(balance.redesignPlanned()).isEqualByComparingTo("22000.00");
        assertThat(balance.totalPlanned()).isEqualByComparingTo("89000.00");
        assertThat(balance.targetPct()).isEqualByComparingTo("30");
        assertThat(balance.sharePct()).isEqualByComparingTo("24.7");
        assertThat(balance.belowTarget()).isTrue();
        assertThat(balance.amountToMove()).isEqualByComparingTo("4700.00");
    }

    @Test
    void the_balance_follows_the_redesign_target_set_by_a_leader() {
        int settingsVersion = service.overview(YEAR).settingsVersion();

        service.setRedesignTarget(new BigDecimal("20"), settingsVersion);

        var overview = service.overview(YEAR);
        assertThat(overview.settingsVersion()).isEqualTo(settingsVersion + 1);
        assertThat(overview.balance().targetPct()).isEqualByComparingTo("20");
        assertThat(overview.balance().belowTarget()).isFalse();
        assertThat(overview.balance().amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void a_year_without_plans_has_zero_tracks_and_no_groups() {
        var overview = service.overview(YEAR - 10);

        assertThat(overview.tracks())
                .extracting(Rollup::planned)
                .allSatisfy(planned -> assertThat(planned).isEqualByComparingTo("0"));
        assertThat(overview.tracks())
                .extracting(Rollup::actual)
                .allSatisfy(actual -> assertThat(actual).isEqualByComparingTo("0"));
        assertThat(overview.goals()).isEmpty();
        assertThat(overview.departments()).isEmpty();
        assertThat(service.overBudgetItems(YEAR - 10, 0, 100)).isEmpty();
        assertThat(service.countOverBudgetItems(YEAR - 10)).isZero();
        assertThat(overview.balance().sharePct()).isEqualByComparingTo("0");
        assertThat(overview.balance().belowTarget()).isFalse();
    }

    @Test
    void the_demo_year_matches_grouped_queries_on_the_stored_lines() {
        int year = LocalDate.now().getYear();
        var inYear = BUDGET_LINE.QUARTER.between(year + "-Q1", year + "-Q4");
        var overview = service.overview(year);

        Map<String, BigDecimal[]> perTrack = new HashMap<>();
        db.select(INITIATIVE.TRACK, sum(BUDGET_LINE.PLANNED), sum(BUDGET_LINE.ACTUAL))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear)
                .groupBy(INITIATIVE.TRACK)
                .forEach(r -> perTrack.put(r.value1().name(), new BigDecimal[] {r.value2(), r.value3()}));
        assertThat(perTrack).containsOnlyKeys("PERSONAL", "STRATEGIC");
        for (var rollup : overview.tracks()) {
            assertThat(rollup.planned()).isEqualByComparingTo(perTrack.get(rollup.key())[0]);
            assertThat(rollup.actual()).isEqualByComparingTo(perTrack.get(rollup.key())[1]);
            assertThat(rollup.envelope())
                    .isEqualByComparingTo(db.select(BUDGET_ENVELOPE.AMOUNT)
                            .from(BUDGET_ENVELOPE)
                            .where(BUDGET_ENVELOPE.YEAR.eq(year), BUDGET_ENVELOPE.TRACK.eq(Track.valueOf(rollup.key())))
                            .fetchSingle(BUDGET_ENVELOPE.AMOUNT));
        }
        assertThat(overview.tracks().get(0).envelope()).isEqualByComparingTo("250000");
        assertThat(overview.tracks().get(1).envelope()).isEqualByComparingTo("1900000");

        var goals = db.select(STRATEGIC_GOAL.TITLE, sum(BUDGET_LINE.PLANNED), sum(BUDGET_LINE.ACTUAL))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(STRATEGIC_GOAL)
                .on(STRATEGIC_GOAL.ID.eq(INITIATIVE.GOAL_ID))
                .where(inYear)
                .groupBy(STRATEGIC_GOAL.TITLE)
                .orderBy(STRATEGIC_GOAL.TITLE)
                .fetch(r -> r.value1() + " " + r.value2().setScale(2) + " "
                        + r.value3().setScale(2));
        assertThat(goals).isNotEmpty();
        assertThat(overview.goals())
                .extracting(r -> r.label() + " " + r.planned().setScale(2) + " "
                        + r.actual().setScale(2))
                .containsExactlyElementsOf(goals);

        var departments = db.select(DEPARTMENT.NAME, sum(BUDGET_LINE.PLANNED), sum(BUDGET_LINE.ACTUAL))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .join(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(INITIATIVE.DEPARTMENT_ID))
                .where(inYear)
                .groupBy(DEPARTMENT.NAME)
                .orderBy(DEPARTMENT.NAME)
                .fetch(r -> r.value1() + " " + r.value2().setScale(2) + " "
                        + r.value3().setScale(2));
        assertThat(departments).hasSizeGreaterThan(1);
        assertThat(overview.departments())
                .extracting(r -> r.label() + " " + r.planned().setScale(2) + " "
                        + r.actual().setScale(2))
                .containsExactlyElementsOf(departments);

        var perAmbition = new HashMap<String, BigDecimal>();
        db.select(INITIATIVE.AMBITION, sum(BUDGET_LINE.PLANNED))
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(inYear)
                .groupBy(INITIATIVE.AMBITION)
                .forEach(r -> perAmbition.put(r.value1(), r.value2()));
        var total = perAmbition.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(overview.balance().redesignPlanned()).isEqualByComparingTo(perAmbition.get("REDESIGN"));
        assertThat(overview.balance().totalPlanned()).isEqualByComparingTo(total);
        assertThat(overview.balance().targetPct())
                .isEqualByComparingTo(db.select(APP_SETTING.REDESIGN_TARGET_PCT)
                        .from(APP_SETTING)
                        .fetchSingle()
                        .value1());

        assertThat(service.overBudgetItems(year, 0, 500))
                .extracting(Rollup::label)
                .containsExactlyInAnyOrderElementsOf(overBudgetByHand(year, Quarter.of(LocalDate.now())))
                .contains("Fraudedetectie bij schademeldingen");
    }

    /** Items above plan to date or in one quarter, worked out line by line in Java. */
    private List<String> overBudgetByHand(int year, Quarter current) {
        Map<String, BigDecimal[]> perItem = new HashMap<>();
        var anyQuarterOver = new TreeSet<String>();
        db.select(INITIATIVE.TITLE, BUDGET_LINE.QUARTER, BUDGET_LINE.PLANNED, BUDGET_LINE.ACTUAL)
                .from(BUDGET_LINE)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(BUDGET_LINE.INITIATIVE_ID))
                .where(BUDGET_LINE.QUARTER.startsWith(year + "-"))
                .forEach(r -> {
                    var sums = perItem.computeIfAbsent(
                            r.value1(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    if (Quarter.parse(r.value2()).compareTo(current) <= 0) {
                        sums[0] = sums[0].add(r.value3());
                    }
                    sums[1] = sums[1].add(r.value4());
                    if (r.value4().compareTo(r.value3()) > 0) {
                        anyQuarterOver.add(r.value1());
                    }
                });
        var over = new TreeSet<String>(anyQuarterOver);
        perItem.forEach((title, sums) -> {
            if (sums[1].compareTo(sums[0]) > 0) {
                over.add(title);
            }
        });
        return new ArrayList<>(over);
    }
}
