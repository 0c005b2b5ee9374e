package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §2–§3: milestones and KPIs of a programme, kept by its owner or a leader. */
@Transactional
class ProgrammePlanServiceTest extends DatabaseTest {

    /** Owned by manager, with four milestones and two KPIs in the demo. */
    private static final String MANAGERS_PROGRAMME = "Schadereis opnieuw ontworpen met AI";
    /** Owned by manager2, no milestones or KPIs in the demo. */
    private static final String MANAGER2S_PROGRAMME = "AI-prognoses voor kasstromen";

    private static final String EXPERIMENT = "Klantchatbot voor polisvragen";

    @Autowired
    ProgrammePlanService plans;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void owner_adds_edits_and_deletes_a_milestone_each_audited() {
        long programme = id(MANAGERS_PROGRAMME);
        assertThat(plans.milestones(programme)).hasSize(4);

        plans.saveMilestone(programme, new Milestone(null, "  Regio Zuid live ", "2031-Q2", false, 0));

        var added = plans.milestones(programme).stream()
                .filter(m -> m.title().equals("Regio Zuid live"))
                .findFirst()
                .orElseThrow();
        assertThat(added.dueQuarter()).isEqualTo("2031-Q2");
        assertThat(added.done()).isFalse();
        assertThat(plans.milestones(programme)).hasSize(5).last().isEqualTo(added);
        assertThat(events("MILESTONE_ADDED", added.id())).isEqualTo(1);

        plans.saveMilestone(programme, new Milestone(added.id(), "Regio Zuid live", "2031-Q3", true, added.version()));

        var edited = db.selectFrom(MILESTONE).where(MILESTONE.ID.eq(added.id())).fetchSingle();
        assertThat(edited.getDueQuarter()).isEqualTo("2031-Q3");
        assertThat(edited.getDone()).isTrue();
        assertThat(edited.getVersion()).isEqualTo(added.version() + 1);
        assertThat(db.select(
                                DSL.field("before_state ->> 'due_quarter'", String.class),
                                DSL.field("after_state ->> 'due_quarter'", String.class))
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT
                                .KIND
                                .eq("MILESTONE_UPDATED")
                                .and(AUDIT_EVENT.ENTITY_ID.eq(added.id()))
                                .and(AUDIT_EVENT.INITIATIVE_ID.eq(programme)))
                        .fetchSingle()
                        .intoArray())
                .containsExactly("2031-Q2", "2031-Q3");

        plans.deleteMilestone(
                programme, new Milestone(added.id(), "Regio Zuid live", "2031-Q3", true, edited.getVersion()));

        assertThat(db.fetchExists(MILESTONE, MILESTONE.ID.eq(added.id()))).isFalse();
        assertThat(plans.milestones(programme)).hasSize(4);
        assertThat(events("MILESTONE_DELETED", added.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void leader_adds_edits_and_deletes_a_kpi_on_someone_elses_programme_each_audited() {
        long programme = id(MANAGER2S_PROGRAMME);
        assertThat(plans.kpis(programme)).isEmpty();

        plans.saveKpi(
                programme, new Kpi(null, "Buffer", "EUR mln", new BigDecimal("20"), new BigDecimal("15"), null, 0));

        var added = plans.kpis(programme).getFirst();
        assertThat(added.name()).isEqualTo("Buffer");
        assertThat(added.baseline()).isEqualByComparingTo("20");
        assertThat(added.target()).isEqualByComparingTo("15");
        assertThat(added.actual()).isNull();
        assertThat(events("KPI_ADDED", added.id())).isEqualTo(1);

        plans.saveKpi(
                programme,
                new Kpi(
                        added.id(),
                        "Buffer",
                        "EUR mln",
                        added.baseline(),
                        added.target(),
                        new BigDecimal("17.5"),
                        added.version()));

        var edited = plans.kpis(programme).getFirst();
        assertThat(edited.actual()).isEqualByComparingTo("17.5");
        assertThat(edited.version()).isEqualTo(added.version() + 1);
        assertThat(edited.progressPct()).isEqualTo(50);
        assertThat(events("KPI_UPDATED", added.id())).isEqualTo(1);

        plans.deleteKpi(programme, edited);

        assertThat(plans.kpis(programme)).isEmpty();
        assertThat(events("KPI_DELETED", added.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void manager_cannot_plan_on_another_managers_programme() {
        long programme = id(MANAGER2S_PROGRAMME);

        assertThatThrownBy(
                        () -> plans.saveMilestone(programme, new Milestone(null, "Niet van mij", "2031-Q1", false, 0)))
                .isInstanceOfSatisfying(
                        NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.not-permitted.edit-item"));
        assertThatThrownBy(() -> plans.saveKpi(programme, new Kpi(null, "KPI", "%", null, BigDecimal.TEN, null, 0)))
                .isInstanceOf(NotPermittedException.class);

        assertThat(db.fetchCount(MILESTONE, MILESTONE.INITIATIVE_ID.eq(programme)))
                .isZero();
        assertThat(db.fetchCount(KPI, KPI.INITIATIVE_ID.eq(programme))).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void manager_cannot_change_or_delete_a_milestone_of_another_managers_programme() {
        long programme = id(MANAGER2S_PROGRAMME);
        var theirs = db.insertInto(MILESTONE)
                .set(MILESTONE.INITIATIVE_ID, programme)
                .set(MILESTONE.TITLE, "Van Sanne")
                .set(MILESTONE.DUE_QUARTER, "2031-Q1")
                .returning()
                .fetchSingle();
        var asSeen = new Milestone(theirs.getId(), "Van Mark", "2031-Q1", true, theirs.getVersion());

        assertThatThrownBy(() -> plans.saveMilestone(programme, asSeen)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.deleteMilestone(programme, asSeen)).isInstanceOf(NotPermittedException.class);

        var after =
                db.selectFrom(MILESTONE).where(MILESTONE.ID.eq(theirs.getId())).fetchSingle();
        assertThat(after.getTitle()).isEqualTo("Van Sanne");
        assertThat(after.getVersion()).isEqualTo(theirs.getVersion());
    }

    @Test
    @WithUserDetails("manager")
    void a_milestone_of_another_programme_cannot_be_changed_through_ones_own_programme() {
        long own = id(MANAGERS_PROGRAMME);
        var theirs = db.insertInto(MILESTONE)
                .set(MILESTONE.INITIATIVE_ID, id(MANAGER2S_PROGRAMME))
                .set(MILESTONE.TITLE, "Van Sanne")
                .set(MILESTONE.DUE_QUARTER, "2031-Q1")
                .returning()
                .fetchSingle();

        assertThatThrownBy(() -> plans.saveMilestone(
                        own, new Milestone(theirs.getId(), "Gekaapt", "2031-Q1", false, theirs.getVersion())))
                .isInstanceOf(NotFoundException.class);

        assertThat(db.selectFrom(MILESTONE)
                        .where(MILESTONE.ID.eq(theirs.getId()))
                        .fetchSingle()
                        .getTitle())
                .isEqualTo("Van Sanne");
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_reads_the_plan_but_cannot_change_it() {
        long programme = id(MANAGERS_PROGRAMME);
        assertThat(plans.milestones(programme)).hasSize(4);
        assertThat(plans.kpis(programme)).hasSize(2);
        int milestones = db.fetchCount(MILESTONE);
        int kpis = db.fetchCount(KPI);

        assertThatThrownBy(() -> plans.saveMilestone(programme, new Milestone(null, "Mag niet", "2031-Q1", false, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> plans.saveKpi(programme, new Kpi(null, "Mag niet", "%", null, BigDecimal.ONE, null, 0)))
                .isInstanceOf(AccessDeniedException.class);
        var first = plans.milestones(programme).getFirst();
        assertThatThrownBy(() -> plans.deleteMilestone(programme, first)).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(MILESTONE)).isEqualTo(milestones);
        assertThat(db.fetchCount(KPI)).isEqualTo(kpis);
    }

    @Test
    @WithUserDetails("leader")
    void an_experiment_has_no_milestones_or_kpis() {
        long experiment = id(EXPERIMENT);

        assertThatThrownBy(() -> plans.saveMilestone(experiment, new Milestone(null, "Mijlpaal", "2031-Q1", false, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("programme.only"));
        assertThatThrownBy(() -> plans.saveKpi(experiment, new Kpi(null, "KPI", "%", null, BigDecimal.TEN, null, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("programme.only"));

        assertThat(db.fetchCount(MILESTONE, MILESTONE.INITIATIVE_ID.eq(experiment)))
                .isZero();
        assertThat(db.fetchCount(KPI, KPI.INITIATIVE_ID.eq(experiment))).isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_milestone_needs_a_title_and_a_valid_quarter() {
        long programme = id(MANAGER2S_PROGRAMME);

        for (var quarter : new String[] {"2031-Q5", "2031Q1", "Q1-2031", "", null}) {
            assertThatThrownBy(() -> plans.saveMilestone(programme, new Milestone(null, "Mijlpaal", quarter, false, 0)))
                    .as("quarter %s", quarter)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.quarter-format"));
        }
        assertThatThrownBy(() -> plans.saveMilestone(programme, new Milestone(null, "  ", "2031-Q1", false, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.title-required"));

        assertThat(db.fetchCount(MILESTONE, MILESTONE.INITIATIVE_ID.eq(programme)))
                .isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_kpi_needs_a_name_a_unit_and_a_target() {
        long programme = id(MANAGER2S_PROGRAMME);

        assertThatThrownBy(() -> plans.saveKpi(
                        programme, new Kpi(null, "Buffer", "EUR", BigDecimal.ONE, null, BigDecimal.ONE, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.target-required"));
        assertThatThrownBy(() -> plans.saveKpi(programme, new Kpi(null, "Buffer", " ", null, BigDecimal.ONE, null, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.name-unit-required"));

        assertThat(db.fetchCount(KPI, KPI.INITIATIVE_ID.eq(programme))).isZero();
    }

    @Test
    @WithUserDetails("leader")
    void a_kpi_name_unit_and_values_must_fit_their_columns_and_negative_values_are_fine() {
        long programme = id(MANAGER2S_PROGRAMME);
        var one = BigDecimal.ONE;

        refusedKpi(
                programme,
                new Kpi(null, "x".repeat(201), "EUR", null, one, null, 0),
                "validation.too-long",
                "field.kpi-name",
                200);
        refusedKpi(
                programme,
                new Kpi(null, "Buffer", "€".repeat(41), null, one, null, 0),
                "validation.too-long",
                "field.kpi-unit",
                40);
        refusedKpi(
                programme,
                new Kpi(null, "Buf\u0000fer", "EUR", null, one, null, 0),
                "validation.unstorable-character",
                "field.kpi-name");
        refusedKpi(
                programme,
                new Kpi(null, "Buffer", "EUR", new BigDecimal("1E+14"), one, null, 0),
                "validation.too-large",
                "field.kpi-baseline",
                new BigDecimal("99999999999999.99"));
        refusedKpi(
                programme,
                new Kpi(null, "Buffer", "EUR", null, new BigDecimal("-1E+14"), null, 0),
                "validation.too-small",
                "field.kpi-target",
                new BigDecimal("-99999999999999.99"));
        refusedKpi(
                programme,
                new Kpi(null, "Buffer", "EUR", null, one, new BigDecimal("0.125"), 0),
                "validation.too-many-decimals",
                "field.kpi-actual",
                2);
        assertThat(db.fetchCount(KPI, KPI.INITIATIVE_ID.eq(programme))).isZero();

        plans.saveKpi(
                programme,
                new Kpi(
                        null,
                        "Temperatuur 🌡",
                        "°C",
                        new BigDecimal("-12.50"),
                        new BigDecimal("-99999999999999.99"),
                        new BigDecimal("2.500"),
                        0));
        assertThat(plans.kpis(programme)).singleElement().satisfies(kpi -> {
            assertThat(kpi.name()).isEqualTo("Temperatuur 🌡");
            assertThat(kpi.target()).isEqualByComparingTo("-99999999999999.99");
            assertThat(kpi.actual()).isEqualByComparingTo("2.5");
        });
    }

    private void refusedKpi(long programme, Kpi kpi, String key, Object... arguments) {
        assertThatThrownBy(() -> plans.saveKpi(programme, kpi))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    @Test
    @WithUserDetails("leader")
    void a_save_or_delete_against_a_stale_version_is_refused_and_the_newer_state_stays() {
        long programme = id(MANAGERS_PROGRAMME);
        var seen = plans.kpis(programme).getFirst();
        plans.saveKpi(
                programme,
                new Kpi(
                        seen.id(),
                        seen.name(),
                        seen.unit(),
                        seen.baseline(),
                        seen.target(),
                        new BigDecimal("40"),
                        seen.version()));
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> plans.saveKpi(
                        programme,
                        new Kpi(
                                seen.id(),
                                seen.name(),
                                seen.unit(),
                                seen.baseline(),
                                seen.target(),
                                new BigDecimal("41"),
                                seen.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.deleteKpi(programme, seen)).isInstanceOf(ConcurrentEditException.class);

        var milestone = plans.milestones(programme).getFirst();
        var stale =
                new Milestone(milestone.id(), "Oud", milestone.dueQuarter(), milestone.done(), milestone.version() - 1);
        assertThatThrownBy(() -> plans.saveMilestone(programme, stale)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.deleteMilestone(programme, stale)).isInstanceOf(ConcurrentEditException.class);

        var kpi = db.selectFrom(KPI).where(KPI.ID.eq(seen.id())).fetchSingle();
        assertThat(kpi.getActual()).isEqualByComparingTo("40");
        assertThat(kpi.getVersion()).isEqualTo(seen.version() + 1);
        assertThat(db.selectFrom(MILESTONE)
                        .where(MILESTONE.ID.eq(milestone.id()))
                        .fetchSingle()
                        .getTitle())
                .isEqualTo(milestone.title());
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    private int events(String kind, long entityId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)));
    }

    private long id(String title) {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle(INITIATIVE.ID);
    }
}
