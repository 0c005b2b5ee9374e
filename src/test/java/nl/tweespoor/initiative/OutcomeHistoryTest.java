package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.EXPERIMENT_MEASURE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.KPI_ACTUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13: what experiments and KPIs measure is kept over time. Each save through the item and KPI forms that
 * changes a measure or an actual adds a history row with the quarter it was saved in; other saves add nothing.
 */
@Transactional
class OutcomeHistoryTest extends DatabaseTest {

    /** Owned by manager2, no KPIs in the demo. */
    private static final String MANAGER2S_PROGRAMME = "AI-prognoses voor kasstromen";

    @Autowired
    InitiativeService items;

    @Autowired
    ProgrammePlanService plans;

    @Autowired
    DSLContext db;

    private final String thisQuarter = Quarter.of(LocalDate.now()).toString();

    @Test
    @WithUserDetails("manager")
    void saving_an_experiments_measures_keeps_them_with_the_quarter_and_other_saves_keep_nothing() {
        long id = items.propose(Track.PERSONAL, Drafts.experiment("Notulen met AI", Drafts.departmentId(db, "HR")));
        assertThat(measures(id)).as("proposed with measures: the first row").isEqualTo(1);

        var proposed = items.details(id);
        items.update(id, proposed.version(), Drafts.withCost(proposed.draft(), new BigDecimal("1500")));
        assertThat(measures(id)).as("the cost is no outcome measure").isEqualTo(1);

        var costed = items.details(id);
        items.update(
                id,
                costed.version(),
                Drafts.withOutcomes(costed.draft(), new BigDecimal("40.0"), new BigDecimal("4.00")));
        assertThat(measures(id))
                .as("the same numbers at another scale are no change")
                .isEqualTo(1);

        var same = items.details(id);
        items.update(
                id, same.version(), Drafts.withOutcomes(same.draft(), new BigDecimal("65"), new BigDecimal("4.5")));

        assertThat(measures(id)).isEqualTo(2);
        var latest = db.selectFrom(EXPERIMENT_MEASURE)
                .where(EXPERIMENT_MEASURE.INITIATIVE_ID.eq(id))
                .orderBy(EXPERIMENT_MEASURE.ID.desc())
                .limit(1)
                .fetchSingle();
        assertThat(latest.getQuarter()).isEqualTo(thisQuarter);
        assertThat(latest.getAdoptionPct()).isEqualByComparingTo("65");
        assertThat(latest.getSatisfaction()).isEqualByComparingTo("4.5");
        assertThat(latest.getHoursSavedPerWeek()).isEqualByComparingTo("2.5");
        assertThat(latest.getParticipants()).isEqualTo(5);
    }

    @Test
    @WithUserDetails("leader")
    void a_programme_keeps_no_experiment_measures() {
        long id = items.propose(Track.STRATEGIC, Drafts.programme("Nieuwe reis", Drafts.departmentId(db, "HR")));
        var proposed = items.details(id);
        items.update(id, proposed.version(), Drafts.withTitle(proposed.draft(), "Nieuwe klantreis"));

        assertThat(measures(id)).isZero();
    }

    @Test
    @WithUserDetails("manager2")
    void saving_a_kpis_actual_keeps_it_and_the_trend_shows_the_last_one_of_the_quarter() {
        long programme = programmeId(MANAGER2S_PROGRAMME);
        plans.saveKpi(
                programme, new Kpi(null, "Buffer", "EUR mln", new BigDecimal("20"), new BigDecimal("15"), null, 0));
        var added = plans.kpis(programme).getFirst();
        assertThat(actuals(added.id())).as("no actual yet: nothing to keep").isZero();

        plans.saveKpi(programme, withActual(added, "18"));
        var first = plans.kpis(programme).getFirst();
        plans.saveKpi(programme, withName(first, "Kasbuffer"));
        assertThat(actuals(added.id())).as("a rename keeps no new actual").isEqualTo(1);

        plans.saveKpi(programme, withActual(plans.kpis(programme).getFirst(), "17.5"));

        assertThat(actuals(added.id())).isEqualTo(2);
        assertThat(plans.kpiTrend(programme))
                .as("one point per quarter: the last actual saved in it")
                .containsExactly(new KpiActual(added.id(), thisQuarter, new BigDecimal("17.50")));
    }

    @Test
    @WithUserDetails("leader")
    void a_kpi_added_with_an_actual_keeps_it_at_once() {
        long programme = programmeId(MANAGER2S_PROGRAMME);

        plans.saveKpi(
                programme, new Kpi(null, "Buffer", "EUR mln", null, new BigDecimal("15"), new BigDecimal("3"), 0));

        assertThat(actuals(plans.kpis(programme).getFirst().id())).isEqualTo(1);
    }

    @Test
    void the_app_may_not_rewrite_history() {
        assertThat(catchThrowable(() -> db.execute("update experiment_measure set adoption_pct = 99")))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void the_app_may_not_remove_history() {
        assertThat(catchThrowable(() -> db.execute("delete from kpi_actual")))
                .hasStackTraceContaining("permission denied");
    }

    private static Kpi withActual(Kpi kpi, String actual) {
        return new Kpi(
                kpi.id(), kpi.name(), kpi.unit(), kpi.baseline(), kpi.target(), new BigDecimal(actual), kpi.version());
    }

    private static Kpi withName(Kpi kpi, String name) {
        return new Kpi(kpi.id(), name, kpi.unit(), kpi.baseline(), kpi.target(), kpi.actual(), kpi.version());
    }

    private int measures(long initiative) {
        return db.fetchCount(EXPERIMENT_MEASURE, EXPERIMENT_MEASURE.INITIATIVE_ID.eq(initiative));
    }

    private int actuals(long kpi) {
        return db.fetchCount(KPI_ACTUAL, KPI_ACTUAL.KPI_ID.eq(kpi));
    }

    private long programmeId(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle(INITIATIVE.ID);
    }
}
