package nl.tweespoor.journey;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journey map's two signals, on and off: "redesign promised, nothing funded" and "polishing what is exhausted",
 * and the map's sums per ambition. Each test starts from a journey of its own and adds items one at a time.
 */
@Transactional
@WithUserDetails("leader")
class JourneySignalsTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    JourneyService journeys;

    @Autowired
    DSLContext db;

    @Test
    void a_promised_redesign_without_items_is_unfunded() {
        long journey = journey("Hypotheek", JourneyIntent.REDESIGN);

        assertThat(signals(journey)).containsExactly(JourneySignal.REDESIGN_UNFUNDED);
    }

    @Test
    void an_active_redesign_item_funds_the_redesign() {
        long journey = journey("Hypotheek", JourneyIntent.REDESIGN);
        item(journey, "REDESIGN", Stage.PILOT);

        assertThat(signals(journey)).isEmpty();
    }

    @Test
    void a_proposed_redesign_with_money_planned_funds_it_and_one_without_does_not() {
        long journey = journey("Hypotheek", JourneyIntent.REDESIGN);
        long proposal = item(journey, "REDESIGN", Stage.IDEA);

        assertThat(signals(journey)).containsExactly(JourneySignal.REDESIGN_UNFUNDED);

        plan(proposal, (YEAR + 1) + "-Q2", 50_000);

        assertThat(signals(journey)).isEmpty();
    }

    @Test
    void stopped_redesign_items_and_optimise_items_do_not_fund_a_redesign() {
        long journey = journey("Hypotheek", JourneyIntent.REDESIGN);
        plan(item(journey, "REDESIGN", Stage.STOPPED), YEAR + "-Q3", 80_000);
        plan(item(journey, "OPTIMISE", Stage.RUN), YEAR + "-Q3", 80_000);

        assertThat(signals(journey)).containsExactly(JourneySignal.REDESIGN_UNFUNDED);
    }

    @Test
    void money_planned_this_year_on_optimising_an_exhausted_journey_is_polishing() {
        long journey = journey("Oud systeem", JourneyIntent.EXHAUSTED);
        long optimise = item(journey, "OPTIMISE", Stage.RUN);

        assertThat(signals(journey)).as("no money planned yet").isEmpty();

        plan(optimise, YEAR + "-Q4", 10_000);

        assertThat(signals(journey)).containsExactly(JourneySignal.EXHAUSTED_POLISHED);
    }

    @Test
    void money_next_year_redesign_money_or_an_ended_item_is_no_polishing() {
        long journey = journey("Oud systeem", JourneyIntent.EXHAUSTED);
        plan(item(journey, "OPTIMISE", Stage.RUN), (YEAR + 1) + "-Q1", 10_000);
        plan(item(journey, "REDESIGN", Stage.PILOT), YEAR + "-Q1", 10_000);
        plan(item(journey, "OPTIMISE", Stage.COMPLETED), YEAR + "-Q1", 10_000);

        assertThat(signals(journey)).isEmpty();
    }

    @Test
    void an_optimise_journey_never_signals() {
        long journey = journey("Gewoon verbeteren", JourneyIntent.OPTIMISE);
        plan(item(journey, "OPTIMISE", Stage.RUN), YEAR + "-Q1", 10_000);

        assertThat(signals(journey)).isEmpty();
    }

    @Test
    void the_demo_story_has_one_journey_with_each_signal() {
        assertThat(journeys.flagged(10))
                .extracting(JourneyFlag::title, JourneyFlag::signals)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Acceptatie woonverzekering", Set.of(JourneySignal.EXHAUSTED_POLISHED)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Autoverzekering", Set.of(JourneySignal.REDESIGN_UNFUNDED)));
        assertThat(journeys.signalCounts()).isEqualTo(new SignalCounts(1, 1));
    }

    @Test
    void the_map_sums_items_and_this_years_plan_per_ambition() {
        long journey = journey("Hypotheek", JourneyIntent.REDESIGN);
        long redesign = item(journey, "REDESIGN", Stage.PILOT);
        plan(redesign, YEAR + "-Q1", 100_000);
        plan(redesign, YEAR + "-Q2", 50_000);
        plan(redesign, (YEAR + 1) + "-Q1", 999_000);
        plan(item(journey, "OPTIMISE", Stage.RUN), YEAR + "-Q3", 20_000);
        item(journey, "OPTIMISE", Stage.IDEA);

        var row = row(journey);

        assertThat(row.redesignItems()).isEqualTo(1);
        assertThat(row.optimiseItems()).isEqualTo(2);
        assertThat(row.plannedRedesign()).isEqualByComparingTo("150000");
        assertThat(row.plannedOptimise()).isEqualByComparingTo("20000");
        assertThat(row.items()).hasSize(3);
        assertThat(row.items().getFirst().ambition().name())
                .as("redesign first")
                .isEqualTo("REDESIGN");
        assertThat(row.items().getFirst().plannedThisYear()).isEqualByComparingTo("150000");
    }

    @Test
    void the_map_filters_by_kind_and_intent() {
        var exhausted = journeys.page(new JourneyFilter(null, JourneyIntent.EXHAUSTED), 0, 50);

        assertThat(exhausted)
                .extracting(JourneyRow::title)
                .containsExactly("Acceptatie woonverzekering", "Postverwerking");
        assertThat(journeys.count(new JourneyFilter(null, JourneyIntent.EXHAUSTED)))
                .isEqualTo(2);
        assertThat(journeys.page(new JourneyFilter(JourneyKind.INTERNAL_CHAIN, JourneyIntent.REDESIGN), 0, 50))
                .isEmpty();
        assertThat(journeys.page(new JourneyFilter(JourneyKind.CUSTOMER_JOURNEY, null), 0, 50))
                .extracting(JourneyRow::kind)
                .containsOnly(JourneyKind.CUSTOMER_JOURNEY)
                .isNotEmpty();
    }

    @Test
    void an_item_carries_its_journeys_signals_into_the_evidence() {
        long car = db.fetchValue(
                DSL.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.TITLE.eq("Premie op basis van rijgedrag")));
        long chatbot = db.fetchValue(DSL.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Codeassistent voor ontwikkelteams")));

        var byItem = journeys.ofItems(List.of(car, chatbot));

        assertThat(byItem).containsOnlyKeys(car);
        assertThat(byItem.get(car).title()).isEqualTo("Autoverzekering");
        assertThat(byItem.get(car).signals()).containsExactly(JourneySignal.REDESIGN_UNFUNDED);
    }

    private Set<JourneySignal> signals(long journey) {
        return row(journey).signals();
    }

    private JourneyRow row(long journey) {
        return journeys.page(JourneyFilter.ALL, 0, 1000).stream()
                .filter(r -> r.id() == journey)
                .findFirst()
                .orElseThrow();
    }

    private long journey(String title, JourneyIntent intent) {
        return journeys.create(new JourneyDraft(
                title,
                JourneyKind.CUSTOMER_JOURNEY,
                null,
                null,
                intent,
                intent == JourneyIntent.REDESIGN ? YEAR + 2 : null));
    }

    private long item(long journey, String ambition, Stage stage) {
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.TRACK, Track.STRATEGIC)
                .set(INITIATIVE.TITLE, ambition + " " + stage)
                .set(INITIATIVE.LAYER, "OPERATIONAL")
                .set(INITIATIVE.AMBITION, ambition)
                .set(INITIATIVE.STAGE, stage)
                .set(INITIATIVE.OWNER_ID, db.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq("manager")))
                .set(
                        INITIATIVE.DEPARTMENT_ID,
                        db.fetchValue(DSL.select(DSL.min(DEPARTMENT.ID)).from(DEPARTMENT)))
                .set(INITIATIVE.JOURNEY_ID, journey)
                .returning(INITIATIVE.ID)
                .fetchSingle(INITIATIVE.ID);
    }

    private void plan(long item, String quarter, long amount) {
        db.insertInto(BUDGET_LINE)
                .set(BUDGET_LINE.INITIATIVE_ID, item)
                .set(BUDGET_LINE.QUARTER, quarter)
                .set(BUDGET_LINE.PLANNED, BigDecimal.valueOf(amount))
                .execute();
    }
}
