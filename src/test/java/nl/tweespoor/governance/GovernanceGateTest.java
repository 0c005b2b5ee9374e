package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.GATE_OVERRIDE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.initiative.InitiativeLifecycleService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The gate on stage moves through the real lifecycle service, on the demo portfolio (PRODUCT.md §4). */
@Transactional
@WithUserDetails("leader")
class GovernanceGateTest extends DatabaseTest {

    // Demo programmes (DemoData): their stage, risk class and assessments are part of the demo story.
    private static final String UNASSESSED_IN_DISCOVERY = "Proactieve klantenservice";
    private static final String HIGH_RISK_WITH_ETHICS_GAP_IN_PILOT = "Fraudedetectie bij schademeldingen";
    private static final String HIGH_RISK_ALL_MET_IN_PILOT = "Schadereis opnieuw ontworpen met AI";
    private static final String ALL_MET_IN_SCALE = "Slimme routering van klantvragen";
    private static final String MINIMAL_IN_IDEA = "Preventie als dienst voor het MKB";
    private static final String RUNNING_CHATBOT = "Klantchatbot voor polisvragen";

    @Autowired
    InitiativeLifecycleService lifecycle;

    @Autowired
    AssessmentService assessments;

    @Autowired
    DSLContext db;

    @Test
    void a_programme_with_every_principle_met_moves_on() {
        var item = stored(ALL_MET_IN_SCALE);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.RUN);

        assertThat(stored(ALL_MET_IN_SCALE).getStage()).isEqualTo(Stage.RUN);
    }

    @Test
    void unassessed_principles_keep_a_programme_out_of_pilot_and_the_refusal_names_them() {
        var item = stored(UNASSESSED_IN_DISCOVERY);

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.PILOT))
                .isInstanceOfSatisfying(GateRefusedException.class, refusal -> {
                    assertThat(refusal.overridable()).isTrue();
                    assertThat(refusal.messageKey()).isEqualTo("gate.unassessed");
                    assertThat(refusal.arguments())
                            .containsExactly("stage.PILOT", "DATA-1, DATA-2, ETH-1, EXP-1, HUM-1, OTH-1, SEC-1");
                });
        assertThat(stored(UNASSESSED_IN_DISCOVERY).getStage()).isEqualTo(Stage.DISCOVERY);
    }

    @Test
    void a_gap_keeps_a_programme_from_scaling_up() {
        var item = stored(HIGH_RISK_WITH_ETHICS_GAP_IN_PILOT);

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.SCALE))
                .isInstanceOfSatisfying(GateRefusedException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("gate.gaps");
                    assertThat(refusal.arguments()).containsExactly("stage.SCALE", "ETH-1");
                });
    }

    @Test
    void a_leaders_override_is_stored_with_its_reason_shown_on_the_item_and_audited() {
        var item = stored(UNASSESSED_IN_DISCOVERY);

        lifecycle.moveStageOverridingGate(
                item.getId(), item.getVersion(), Stage.PILOT, "  Pilot met tien klanten; toetsing loopt parallel.  ");

        assertThat(stored(UNASSESSED_IN_DISCOVERY).getStage()).isEqualTo(Stage.PILOT);
        var override = db.selectFrom(GATE_OVERRIDE)
                .where(GATE_OVERRIDE.INITIATIVE_ID.eq(item.getId()))
                .fetchSingle();
        assertThat(override.getToStage()).isEqualTo(Stage.PILOT);
        assertThat(override.getReason()).isEqualTo("Pilot met tien klanten; toetsing loopt parallel.");
        assertThat(assessments.checklist(item.getId()).overrides())
                .singleElement()
                .satisfies(shown -> assertThat(shown.reason()).isEqualTo(override.getReason()));
        assertThat(db.fetchExists(
                        AUDIT_EVENT,
                        AUDIT_EVENT.KIND.eq("GATE_OVERRIDDEN"),
                        AUDIT_EVENT.INITIATIVE_ID.eq(item.getId())))
                .isTrue();
    }

    @Test
    void an_override_needs_a_reason() {
        var item = stored(UNASSESSED_IN_DISCOVERY);

        assertThatThrownBy(() -> lifecycle.moveStageOverridingGate(item.getId(), item.getVersion(), Stage.PILOT, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gate.override-reason-required"));
        assertThat(db.fetchCount(GATE_OVERRIDE)).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void only_leaders_override_the_gate() {
        var item = stored(UNASSESSED_IN_DISCOVERY);

        assertThatThrownBy(() ->
                        lifecycle.moveStageOverridingGate(item.getId(), item.getVersion(), Stage.PILOT, "Ik wil door"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(GATE_OVERRIDE)).isZero();
    }

    @Test
    void a_high_risk_programme_needs_human_role_met_and_no_override_helps() {
        var item = stored(HIGH_RISK_ALL_MET_IN_PILOT);
        setResult(item, "HUM-1", "NOT_APPLICABLE");

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.SCALE))
                .isInstanceOfSatisfying(GateRefusedException.class, refusal -> {
                    assertThat(refusal.overridable()).isFalse();
                    assertThat(refusal.messageKey()).isEqualTo("gate.high-risk");
                    assertThat(refusal.arguments()).containsExactly("stage.SCALE", "HUM-1");
                });
        assertThatThrownBy(() -> lifecycle.moveStageOverridingGate(
                        item.getId(), item.getVersion(), Stage.SCALE, "Bestuur wil door"))
                .isInstanceOf(GateRefusedException.class);
        assertThat(stored(HIGH_RISK_ALL_MET_IN_PILOT).getStage()).isEqualTo(Stage.PILOT);
        assertThat(db.fetchCount(GATE_OVERRIDE)).isZero();
    }

    @Test
    void a_prohibited_programme_never_leaves_idea_but_can_be_stopped() {
        var item = stored(MINIMAL_IN_IDEA);
        db.update(INITIATIVE)
                .set(INITIATIVE.RISK_CLASS, "PROHIBITED")
                .where(INITIATIVE.ID.eq(item.getId()))
                .execute();

        assertThatThrownBy(() -> lifecycle.moveStage(item.getId(), item.getVersion(), Stage.DISCOVERY))
                .isInstanceOfSatisfying(
                        GateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gate.prohibited"));
        assertThatThrownBy(() -> lifecycle.moveStageOverridingGate(
                        item.getId(), item.getVersion(), Stage.DISCOVERY, "Toch verkennen"))
                .isInstanceOf(GateRefusedException.class);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.STOPPED);
        assertThat(stored(MINIMAL_IN_IDEA).getStage()).isEqualTo(Stage.STOPPED);
    }

    @Test
    void a_prohibited_experiment_cannot_be_promoted_into_a_programme() {
        var item = stored(RUNNING_CHATBOT);
        db.update(INITIATIVE)
                .set(INITIATIVE.RISK_CLASS, "PROHIBITED")
                .where(INITIATIVE.ID.eq(item.getId()))
                .execute();

        assertThatThrownBy(() -> lifecycle.promote(item.getId(), item.getVersion()))
                .isInstanceOfSatisfying(
                        GateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("gate.prohibited"));
        assertThat(stored(RUNNING_CHATBOT).getStage()).isEqualTo(Stage.RUNNING);
    }

    @Test
    void a_move_before_pilot_needs_no_assessment() {
        var item = stored(MINIMAL_IN_IDEA);

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.DISCOVERY);

        assertThat(stored(MINIMAL_IN_IDEA).getStage()).isEqualTo(Stage.DISCOVERY);
    }

    @Test
    void a_retired_principle_no_longer_holds_a_programme_back() {
        var item = stored(HIGH_RISK_WITH_ETHICS_GAP_IN_PILOT);
        db.update(PRINCIPLE)
                .set(PRINCIPLE.ACTIVE, false)
                .where(PRINCIPLE.CODE.eq("ETH-1"))
                .execute();

        lifecycle.moveStage(item.getId(), item.getVersion(), Stage.SCALE);

        assertThat(stored(HIGH_RISK_WITH_ETHICS_GAP_IN_PILOT).getStage()).isEqualTo(Stage.SCALE);
    }

    private void setResult(InitiativeRecord item, String code, String result) {
        var principleId = db.select(PRINCIPLE.ID)
                .from(PRINCIPLE)
                .where(PRINCIPLE.CODE.eq(code))
                .fetchSingle()
                .value1();
        db.update(PRINCIPLE_ASSESSMENT)
                .set(PRINCIPLE_ASSESSMENT.RESULT, result)
                .where(
                        PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(item.getId()),
                        PRINCIPLE_ASSESSMENT.PRINCIPLE_ID.eq(principleId))
                .execute();
    }

    private InitiativeRecord stored(String title) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.TITLE.eq(title)).fetchSingle();
    }
}
