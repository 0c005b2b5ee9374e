package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.MissingFieldsException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Stage moves and promotion (PRODUCT.md §3, §4). */
@Transactional
class LifecycleTest extends DatabaseTest {

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    void experiment_moves_follow_the_rules_and_a_refusal_names_every_missing_field() {
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.PROPOSED))
                .containsExactlyInAnyOrder(Stage.RUNNING, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.CONCLUDED)).isEmpty();
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.IDEA))
                .containsExactlyInAnyOrder(Stage.DISCOVERY, Stage.STOPPED);
        var empty = new InitiativeDraft(
                "t",
                null,
                null,
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                1L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "2027-Q1",
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.PROPOSED, Stage.RUNNING, empty))
                .isInstanceOfSatisfying(
                        MissingFieldsException.class,
                        e -> assertThat(e.fieldKeys())
                                .containsExactly("field.hypothesis", "field.lead", "field.timebox"));
        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.RUNNING, Stage.CONCLUDED, empty))
                .isInstanceOfSatisfying(
                        MissingFieldsException.class,
                        e -> assertThat(e.fieldKeys()).containsExactly("field.learnings", "field.outcome-measure"));
        assertThatThrownBy(() -> StageRules.check(Track.STRATEGIC, Stage.IDEA, Stage.PILOT, empty))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("stage.move-not-allowed");
    }

    @Test
    @WithUserDetails("manager")
    void an_owner_starts_his_complete_proposal_and_the_move_is_audited() {
        var item = details("Spreadsheetformules met AI");
        lifecycle.moveStage(item.id(), item.version(), Stage.RUNNING);
        assertThat(initiatives.details(item.id()).stage()).isEqualTo(Stage.RUNNING);
        assertThat(db.fetchCount(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("STAGE_CHANGED").and(AUDIT_EVENT.ENTITY_ID.eq(item.id()))))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_moves_neither_others_experiments_nor_any_programme() {
        var others = details("Vertalen van klantcontact");
        assertThatThrownBy(() -> lifecycle.moveStage(others.id(), others.version(), Stage.CONCLUDED))
                .isInstanceOf(NotPermittedException.class);
        var programme = details("Slimme routering van klantvragen");
        assertThatThrownBy(() -> lifecycle.moveStage(programme.id(), programme.version(), Stage.RUN))
                .isInstanceOf(NotPermittedException.class);
        assertThat(initiatives.details(programme.id()).stage()).isEqualTo(Stage.SCALE);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_moves_nothing() {
        var item = details("Spreadsheetformules met AI");
        assertThatThrownBy(() -> lifecycle.moveStage(item.id(), item.version(), Stage.RUNNING))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void a_stale_stage_move_is_refused() {
        var item = details("Preventie als dienst voor het MKB");
        assertThatThrownBy(() -> lifecycle.moveStage(item.id(), item.version() - 1, Stage.DISCOVERY))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("leader")
    void promotion_carries_the_experiment_over_and_links_both_ways() {
        var experiment = details("Samenvattingen van schadedossiers");
        int events = db.fetchCount(AUDIT_EVENT);

        long programmeId = lifecycle.promote(experiment.id(), experiment.version());

        var programme = initiatives.details(programmeId);
        assertThat(programme.track()).isEqualTo(Track.STRATEGIC);
        assertThat(programme.stage()).isEqualTo(Stage.DISCOVERY);
        assertThat(programme.title()).isEqualTo(experiment.title());
        assertThat(programme.draft().hypothesis()).isEqualTo(experiment.draft().hypothesis());
        assertThat(programme.ownerId()).isEqualTo(experiment.ownerId());
        assertThat(programme.draft().departmentId())
                .isEqualTo(experiment.draft().departmentId());
        assertThat(programme.draft().description()).contains("8").contains("65");
        assertThat(programme.promotedFrom().id()).isEqualTo(experiment.id());
        var after = initiatives.details(experiment.id());
        assertThat(after.stage()).isEqualTo(Stage.PROMOTED);
        assertThat(after.promotedTo().id()).isEqualTo(programmeId);
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events + 2);
    }

    @Test
    @WithUserDetails("leader")
    void a_proposal_cannot_be_promoted_and_nothing_is_created() {
        var proposal = details("AI-hulp voor de servicedesk");
        int items = db.fetchCount(INITIATIVE);
        assertThatThrownBy(() -> lifecycle.promote(proposal.id(), proposal.version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(items);
    }

    @Test
    @WithUserDetails("manager")
    void only_leaders_promote() {
        var experiment = details("Klantchatbot voor polisvragen");
        assertThatThrownBy(() -> lifecycle.promote(experiment.id(), experiment.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_sees_the_moves_the_rules_allow() {
        assertThat(lifecycle.nextStages(details("Slimme routering van klantvragen")))
                .containsExactlyInAnyOrderElementsOf(List.of(Stage.RUN, Stage.COMPLETED, Stage.STOPPED));
    }

    private InitiativeDetails details(String title) {
        long id = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq(title))
                .fetchSingle()
                .value1();
        return initiatives.details(id);
    }
}
