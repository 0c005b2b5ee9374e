package nl.tweespoor.governance;

import static nl.tweespoor.governance.AssessmentResult.GAP;
import static nl.tweespoor.governance.AssessmentResult.MEETS;
import static nl.tweespoor.governance.AssessmentResult.NOT_APPLICABLE;
import static nl.tweespoor.governance.PrincipleCategory.DATA;
import static nl.tweespoor.governance.PrincipleCategory.EXPLAINABILITY;
import static nl.tweespoor.governance.PrincipleCategory.HUMAN_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.stage.Stage;
import org.junit.jupiter.api.Test;

/** PRODUCT.md §4 gate, as plain rules. */
class GateRulesTest {

    private static final List<PrincipleStanding> ALL_MET = List.of(
            new PrincipleStanding("DATA-1", DATA, MEETS),
            new PrincipleStanding("HUM-1", HUMAN_ROLE, MEETS),
            new PrincipleStanding("EXP-1", EXPLAINABILITY, MEETS));

    @Test
    void a_programme_with_every_principle_met_or_not_applicable_passes_into_pilot_and_beyond() {
        var withNa = List.of(
                new PrincipleStanding("DATA-1", DATA, NOT_APPLICABLE),
                new PrincipleStanding("HUM-1", HUMAN_ROLE, MEETS));
        for (var target : List.of(Stage.PILOT, Stage.SCALE, Stage.RUN, Stage.COMPLETED)) {
            assertThat(GateRules.refusal(Track.STRATEGIC, target, "LIMITED", withNa))
                    .as(target.name())
                    .isEmpty();
        }
    }

    @Test
    void unassessed_and_gap_principles_close_the_gate_naming_each_code_and_allow_an_override() {
        var standings = List.of(
                new PrincipleStanding("SEC-1", DATA, null),
                new PrincipleStanding("DATA-2", DATA, GAP),
                new PrincipleStanding("DATA-1", DATA, null),
                new PrincipleStanding("HUM-1", HUMAN_ROLE, MEETS));

        var refusal = GateRules.refusal(Track.STRATEGIC, Stage.PILOT, "MINIMAL", standings)
                .orElseThrow();

        assertThat(refusal.overridable()).isTrue();
        assertThat(refusal.messageKey()).isEqualTo("gate.unassessed-and-gaps");
        assertThat(refusal.arguments()).containsExactly("stage.PILOT", "DATA-1, SEC-1", "DATA-2");
    }

    @Test
    void only_unassessed_or_only_gaps_get_their_own_message() {
        var unassessed = GateRules.refusal(
                        Track.STRATEGIC, Stage.SCALE, "MINIMAL", List.of(new PrincipleStanding("DATA-1", DATA, null)))
                .orElseThrow();
        var gaps = GateRules.refusal(
                        Track.STRATEGIC, Stage.RUN, "MINIMAL", List.of(new PrincipleStanding("DATA-1", DATA, GAP)))
                .orElseThrow();

        assertThat(unassessed.messageKey()).isEqualTo("gate.unassessed");
        assertThat(unassessed.arguments()).containsExactly("stage.SCALE", "DATA-1");
        assertThat(gaps.messageKey()).isEqualTo("gate.gaps");
        assertThat(gaps.arguments()).containsExactly("stage.RUN", "DATA-1");
    }

    @Test
    void moves_before_pilot_and_stopping_are_not_gated() {
        var open = List.of(new PrincipleStanding("DATA-1", DATA, GAP));
        assertThat(GateRules.refusal(Track.STRATEGIC, Stage.DISCOVERY, "HIGH", open))
                .isEmpty();
        assertThat(GateRules.refusal(Track.STRATEGIC, Stage.STOPPED, "HIGH", open))
                .isEmpty();
        assertThat(GateRules.refusal(Track.PERSONAL, Stage.RUNNING, "HIGH", open))
                .isEmpty();
    }

    @Test
    void high_risk_needs_human_role_and_explainability_met_and_cannot_be_overridden() {
        var standings = List.of(
                new PrincipleStanding("DATA-1", DATA, GAP),
                new PrincipleStanding("HUM-1", HUMAN_ROLE, NOT_APPLICABLE),
                new PrincipleStanding("EXP-1", EXPLAINABILITY, null));

        var refusal = GateRules.refusal(Track.STRATEGIC, Stage.PILOT, "HIGH", standings)
                .orElseThrow();

        assertThat(refusal.overridable()).isFalse();
        assertThat(refusal.messageKey()).isEqualTo("gate.high-risk");
        assertThat(refusal.arguments()).containsExactly("stage.PILOT", "EXP-1, HUM-1");
        assertThat(GateRules.refusal(Track.STRATEGIC, Stage.PILOT, "HIGH", ALL_MET))
                .isEmpty();
    }

    @Test
    void a_high_risk_programme_with_human_role_met_still_needs_the_other_principles() {
        var standings = List.of(
                new PrincipleStanding("DATA-1", DATA, GAP),
                new PrincipleStanding("HUM-1", HUMAN_ROLE, MEETS),
                new PrincipleStanding("EXP-1", EXPLAINABILITY, MEETS));

        var refusal = GateRules.refusal(Track.STRATEGIC, Stage.SCALE, "HIGH", standings)
                .orElseThrow();

        assertThat(refusal.messageKey()).isEqualTo("gate.gaps");
        assertThat(refusal.overridable()).isTrue();
    }

    @Test
    void prohibited_items_may_only_stop_in_either_track() {
        for (var target : List.of(Stage.DISCOVERY, Stage.PILOT)) {
            GateRefusedException refusal = GateRules.refusal(Track.STRATEGIC, target, "PROHIBITED", ALL_MET)
                    .orElseThrow();
            assertThat(refusal.messageKey()).isEqualTo("gate.prohibited");
            assertThat(refusal.overridable()).isFalse();
        }
        assertThat(GateRules.refusal(Track.PERSONAL, Stage.RUNNING, "PROHIBITED", ALL_MET))
                .isPresent();
        assertThat(GateRules.refusal(Track.STRATEGIC, Stage.STOPPED, "PROHIBITED", ALL_MET))
                .isEmpty();
    }
}
