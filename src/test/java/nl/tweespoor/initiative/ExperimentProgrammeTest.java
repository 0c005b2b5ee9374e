package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.jsonbGetAttributeAsText;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Track;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 13: an experiment may name the programme it explores; the service checks, versions and audits the link. */
@Transactional
class ExperimentProgrammeTest extends DatabaseTest {

    // A concluded demo experiment owned by manager (DemoData).
    private static final String CONCLUDED = "AI-notulist bij klantgesprekken";

    @Autowired
    InitiativeService initiatives;

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void an_owner_ties_an_experiment_to_a_running_programme_and_unties_it_each_change_audited_before_and_after() {
        var programme = programmeIn(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN);
        var experiment = initiatives.details(idOf(CONCLUDED));

        initiatives.update(experiment.id(), experiment.version(), exploring(experiment, programme.getId()));

        var tied = initiatives.details(experiment.id());
        assertThat(tied.draft().exploresProgrammeId()).isEqualTo(programme.getId());
        assertThat(tied.exploresProgramme()).isNotNull();
        assertThat(tied.exploresProgramme().label()).isEqualTo(programme.getTitle());
        assertThat(initiatives.exploring(programme.getId()).shown())
                .extracting(ExploringExperiments.Experiment::id)
                .contains(experiment.id());
        assertThat(lastUpdate(experiment.id(), "before")).isNull();
        assertThat(lastUpdate(experiment.id(), "after")).isEqualTo(String.valueOf(programme.getId()));

        initiatives.update(tied.id(), tied.version(), exploring(tied, null));

        assertThat(initiatives.details(experiment.id()).exploresProgramme()).isNull();
        assertThat(lastUpdate(experiment.id(), "before")).isEqualTo(String.valueOf(programme.getId()));
        assertThat(lastUpdate(experiment.id(), "after")).isNull();
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_that_does_not_exist_or_is_an_experiment_is_refused_and_nothing_is_written() {
        var experiment = initiatives.details(idOf(CONCLUDED));
        long missing =
                db.select(DSL.max(INITIATIVE.ID)).from(INITIATIVE).fetchSingle().value1() + 1;
        long anotherExperiment = db.select(DSL.min(INITIATIVE.ID))
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL).and(INITIATIVE.ID.ne(experiment.id())))
                .fetchSingle()
                .value1();

        for (long wrong : new long[] {missing, anotherExperiment}) {
            assertThatThrownBy(() ->
                            initiatives.update(experiment.id(), experiment.version(), exploring(experiment, wrong)))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).messageKey())
                    .isEqualTo("validation.programme-unknown");
        }
        assertThat(initiatives.details(experiment.id()).version()).isEqualTo(experiment.version());
    }

    @Test
    @WithUserDetails("manager")
    void a_stopped_or_completed_programme_is_refused_but_a_link_made_before_it_ended_is_kept_on_the_next_edit() {
        var open = programmeIn(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN);
        var ended = programmeIn(Stage.STOPPED, Stage.COMPLETED);
        var experiment = initiatives.details(idOf(CONCLUDED));

        assertThatThrownBy(() ->
                        initiatives.update(experiment.id(), experiment.version(), exploring(experiment, ended.getId())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.programme-ended");

        initiatives.update(experiment.id(), experiment.version(), exploring(experiment, open.getId()));
        db.update(INITIATIVE)
                .set(INITIATIVE.STAGE, Stage.STOPPED)
                .where(INITIATIVE.ID.eq(open.getId()))
                .execute();
        var tied = initiatives.details(experiment.id());
        initiatives.update(tied.id(), tied.version(), Drafts.with(tied.draft(), "title", "Notulist, tweede ronde"));

        assertThat(initiatives.details(experiment.id()).draft().exploresProgrammeId())
                .isEqualTo(open.getId());
    }

    @Test
    @WithUserDetails("manager2")
    void a_programme_manager_who_does_not_own_the_experiment_may_not_tie_it() {
        var programme = programmeIn(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN);
        var experiment = initiatives.details(idOf(CONCLUDED));

        assertThatThrownBy(() -> initiatives.update(
                        experiment.id(), experiment.version(), exploring(experiment, programme.getId())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(initiatives.details(experiment.id()).draft().exploresProgrammeId())
                .isNull();
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_may_tie_anyone_s_experiment_but_not_against_a_version_someone_else_saved_meanwhile() {
        var programme = programmeIn(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN);
        var experiment = initiatives.details(idOf(CONCLUDED));
        initiatives.update(
                experiment.id(), experiment.version(), Drafts.with(experiment.draft(), "title", "Eerder opgeslagen"));

        assertThatThrownBy(() -> initiatives.update(
                        experiment.id(), experiment.version(), exploring(experiment, programme.getId())))
                .isInstanceOf(ConcurrentEditException.class);
        var current = initiatives.details(experiment.id());
        initiatives.update(current.id(), current.version(), exploring(current, programme.getId()));
        assertThat(initiatives.details(experiment.id()).draft().exploresProgrammeId())
                .isEqualTo(programme.getId());
    }

    @Test
    @WithUserDetails("leader")
    void a_programme_cannot_name_a_programme_it_explores() {
        var programme = initiatives.details(programmeIn(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN)
                .getId());
        var other = programmeIn(Stage.IDEA);

        assertThatThrownBy(() ->
                        initiatives.update(programme.id(), programme.version(), exploring(programme, other.getId())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("validation.explores-programme-experiments-only");
    }

    @Test
    @WithUserDetails("leader")
    void promoting_an_experiment_that_names_only_a_programme_gives_the_new_programme_that_programme_s_goal() {
        var programme = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC), INITIATIVE.GOAL_ID.isNotNull())
                .and(INITIATIVE.STAGE.in(Stage.DISCOVERY, Stage.PILOT, Stage.SCALE, Stage.RUN))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
        var experiment = initiatives.details(idOf(CONCLUDED));
        var draft = Drafts.with(exploring(experiment, programme.getId()), "goalId", null);
        initiatives.update(experiment.id(), experiment.version(), draft);

        long promoted = lifecycle.promote(experiment.id(), experiment.version() + 1);

        assertThat(initiatives.details(promoted).draft().goalId()).isEqualTo(programme.getGoalId());
        // the experiment keeps the link after promotion
        assertThat(initiatives.details(experiment.id()).draft().exploresProgrammeId())
                .isEqualTo(programme.getId());
    }

    private static InitiativeDraft exploring(
            InitiativeDetails item, @org.jspecify.annotations.Nullable Long programmeId) {
        return Drafts.with(item.draft(), "exploresProgrammeId", programmeId);
    }

    private long idOf(String title) {
        return ItemRows.idOf(db, title);
    }

    private InitiativeRecord programmeIn(Stage... stages) {
        return db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.STRATEGIC), INITIATIVE.STAGE.in(stages))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
    }

    /** The explored programme before or after the item's latest update event, as the audit log stored it. */
    private @org.jspecify.annotations.Nullable String lastUpdate(long id, String side) {
        var state = side.equals("before") ? AUDIT_EVENT.BEFORE_STATE : AUDIT_EVENT.AFTER_STATE;
        return db.select(jsonbGetAttributeAsText(state, "explores_programme_id"))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.INITIATIVE_ID.eq(id), AUDIT_EVENT.KIND.eq("INITIATIVE_UPDATED"))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle()
                .value1();
    }
}
