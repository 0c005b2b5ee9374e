package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.MissingFieldsException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SinceTheStory;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3–§4: who may move which item to which stage, and what a move writes. */
@Transactional
class StageMoveServiceTest extends DatabaseTest {

    // Demo items (DemoData): owner, track and stage are part of the demo story.
    private static final String MANAGERS_PROPOSAL = "AI-hulp voor de servicedesk";
    private static final String MANAGER2S_PROPOSAL = "Social-mediavisuals met AI";
    private static final String MANAGERS_PROGRAMME_IN_PILOT = "Schadereis opnieuw ontworpen met AI";
    private static final String PROGRAMME_IN_IDEA = "Preventie als dienst voor het MKB";

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("manager")
    void owner_starts_his_complete_proposal() {
        var item = stored(MANAGERS_PROPOSAL);
        assertThat(item.getStage()).isEqualTo(Stage.PROPOSED);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.RUNNING);

        var after = stored(MANAGERS_PROPOSAL);
        assertThat(after.getStage()).isEqualTo(Stage.RUNNING);
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        assertThat(initiatives.details(item.getId()).stage()).isEqualTo(Stage.RUNNING);
    }

    @Test
    @WithUserDetails("manager")
    void starting_an_incomplete_proposal_lists_the_missing_fields_and_changes_nothing() {
        var id = stored(MANAGERS_PROPOSAL).getId();
        db.update(INITIATIVE)
                .setNull(INITIATIVE.HYPOTHESIS)
                .setNull(INITIATIVE.LEAD_NAME)
                .setNull(INITIATIVE.END_QUARTER)
                .where(INITIATIVE.ID.eq(id))
                .execute();
        var item = stored(MANAGERS_PROPOSAL);
        int events = db.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> lifecycle.moveStage(id, item.getVersion(), Stage.RUNNING))
                .isInstanceOfSatisfying(MissingFieldsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stage.missing-to-start");
                    assertThat(e.fieldKeys()).containsExactly("field.hypothesis", "field.lead", "field.timebox");
                });

        var after = stored(MANAGERS_PROPOSAL);
        assertThat(after.getStage()).isEqualTo(Stage.PROPOSED);
        assertThat(after.getVersion()).isEqualTo(item.getVersion());
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    @Test
    @WithUserDetails("manager")
    void manager_cannot_move_another_managers_experiment() {
        var item = stored(MANAGER2S_PROPOSAL);

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.RUNNING))
                .isInstanceOfSatisfying(
                        NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.not-permitted.move-experiment"));

        assertUnchanged(item);
    }

    @Test
    @WithUserDetails("manager")
    void manager_cannot_move_a_programme_not_even_his_own() {
        var own = stored(MANAGERS_PROGRAMME_IN_PILOT);
        var leaders = stored(PROGRAMME_IN_IDEA);

        // The role check (@PreAuthorize) lets programme managers in; the service refuses programme moves itself.
        assertThatThrownBy(() -> lifecycle.moveStage(own.getId(), own.getVersion(), Stage.SCALE))
                .isInstanceOfSatisfying(
                        NotPermittedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.not-permitted.move-programme"));
        assertThatThrownBy(() -> lifecycle.moveStage(leaders.getId(), leaders.getVersion(), Stage.DISCOVERY))
                .isInstanceOf(NotPermittedException.class);

        assertUnchanged(own);
        assertUnchanged(leaders);
    }

    @Test
    @WithUserDetails("manager")
    void manager_is_offered_moves_for_his_own_experiment_only() {
        assertThat(lifecycle.nextStages(
                        initiatives.details(stored(MANAGERS_PROPOSAL).getId())))
                .containsExactlyInAnyOrder(Stage.RUNNING, Stage.STOPPED);
        assertThat(lifecycle.nextStages(
                        initiatives.details(stored(MANAGER2S_PROPOSAL).getId())))
                .isEmpty();
        assertThat(lifecycle.nextStages(
                        initiatives.details(stored(MANAGERS_PROGRAMME_IN_PILOT).getId())))
                .isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void viewer_cannot_move_anything() {
        var experiment = stored(MANAGERS_PROPOSAL);
        var programme = stored(PROGRAMME_IN_IDEA);

        assertThatThrownBy(() -> lifecycle.moveStage(experiment.getId(), experiment.getVersion(), Stage.RUNNING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.moveStage(programme.getId(), programme.getVersion(), Stage.DISCOVERY))
                .isInstanceOf(AccessDeniedException.class);

        assertUnchanged(experiment);
        assertUnchanged(programme);
    }

    @Test
    @WithUserDetails("admin")
    void admin_cannot_move_anything() {
        var experiment = stored(MANAGERS_PROPOSAL);

        assertThatThrownBy(() -> lifecycle.moveStage(experiment.getId(), experiment.getVersion(), Stage.RUNNING))
                .isInstanceOf(AccessDeniedException.class);

        assertUnchanged(experiment);
    }

    @Test
    @WithUserDetails("leader")
    void leader_moves_a_programme_from_idea_to_discovery_and_it_is_audited_with_before_and_after() {
        var item = stored(PROGRAMME_IN_IDEA);
        assertThat(item.getStage()).isEqualTo(Stage.IDEA);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.DISCOVERY);

        var after = stored(PROGRAMME_IN_IDEA);
        assertThat(after.getStage()).isEqualTo(Stage.DISCOVERY);
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        var event = db.select(
                        AUDIT_EVENT.ACTOR_NAME,
                        AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_ID,
                        AUDIT_EVENT.INITIATIVE_ID,
                        DSL.field("before_state ->> 'stage'", String.class),
                        DSL.field("after_state ->> 'stage'", String.class),
                        AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("STAGE_CHANGED").and(AUDIT_EVENT.ENTITY_ID.eq(item.getId())))
                .fetchSingle();
        assertThat(event.value1()).isEqualTo("leader");
        assertThat(event.value2()).isEqualTo("initiative");
        assertThat(event.value4()).isEqualTo(item.getId());
        assertThat(event.value5()).isEqualTo("IDEA");
        assertThat(event.value6()).isEqualTo("DISCOVERY");
        assertThat(event.value7()).isEqualTo(PROGRAMME_IN_IDEA + ": IDEA → DISCOVERY");
    }

    @Test
    @WithUserDetails("leader")
    void leader_starts_an_experiment_owned_by_someone_else() {
        var item = stored(MANAGER2S_PROPOSAL);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.RUNNING);

        assertThat(stored(MANAGER2S_PROPOSAL).getStage()).isEqualTo(Stage.RUNNING);
    }

    @Test
    @WithUserDetails("leader")
    void a_programme_cannot_skip_a_stage() {
        var item = stored(PROGRAMME_IN_IDEA);

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.PILOT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stage.move-not-allowed"));

        assertUnchanged(item);
    }

    @Test
    @WithUserDetails("leader")
    void a_move_against_a_stale_version_is_refused_and_the_newer_state_stays() {
        var item = stored(PROGRAMME_IN_IDEA);
        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.DISCOVERY);

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.STOPPED))
                .isInstanceOf(ConcurrentEditException.class);

        var after = stored(PROGRAMME_IN_IDEA);
        assertThat(after.getStage()).isEqualTo(Stage.DISCOVERY);
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("STAGE_CHANGED").and(AUDIT_EVENT.ENTITY_ID.eq(item.getId()))))
                .isEqualTo(1);
    }

    private void assertUnchanged(InitiativeRecord before) {
        var after = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(before.getId()))
                .fetchSingle();
        assertThat(after.getStage()).isEqualTo(before.getStage());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT
                                .KIND
                                .eq("STAGE_CHANGED")
                                .and(AUDIT_EVENT.ENTITY_ID.eq(before.getId()))
                                .and(SinceTheStory.auditEvents())))
                .isZero();
    }

    private InitiativeRecord stored(String title) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(title)).fetchSingle();
    }
}
