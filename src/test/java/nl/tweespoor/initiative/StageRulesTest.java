package nl.tweespoor.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.MissingFieldsException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PRODUCT.md §2 and §4: which stage moves exist per track, and what starting and concluding an experiment need. */
class StageRulesTest {

    private static final long DEPARTMENT = 1L;

    @Test
    void experiments_move_proposed_to_running_or_stopped_and_running_to_concluded_or_stopped() {
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.PROPOSED))
                .containsExactlyInAnyOrder(Stage.RUNNING, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.RUNNING))
                .containsExactlyInAnyOrder(Stage.CONCLUDED, Stage.STOPPED);
    }

    @Test
    void nothing_moves_out_of_concluded_stopped_or_promoted_by_a_stage_move() {
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.CONCLUDED)).isEmpty();
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.STOPPED)).isEmpty();
        assertThat(StageRules.nextStages(Track.PERSONAL, Stage.PROMOTED)).isEmpty();
    }

    @Test
    void promoted_is_never_a_stage_move_target_it_comes_only_through_promotion() {
        for (var from : Stage.of(Track.PERSONAL)) {
            assertThat(StageRules.nextStages(Track.PERSONAL, from)).doesNotContain(Stage.PROMOTED);
        }
    }

    @Test
    void programmes_move_one_step_at_a_time_and_complete_from_scale_or_run() {
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.IDEA))
                .containsExactlyInAnyOrder(Stage.DISCOVERY, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.DISCOVERY))
                .containsExactlyInAnyOrder(Stage.PILOT, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.PILOT))
                .containsExactlyInAnyOrder(Stage.SCALE, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.SCALE))
                .containsExactlyInAnyOrder(Stage.RUN, Stage.COMPLETED, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.RUN))
                .containsExactlyInAnyOrder(Stage.COMPLETED, Stage.STOPPED);
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.COMPLETED)).isEmpty();
        assertThat(StageRules.nextStages(Track.STRATEGIC, Stage.STOPPED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "PERSONAL, PROPOSED, RUNNING",
        "PERSONAL, PROPOSED, STOPPED",
        "PERSONAL, RUNNING, CONCLUDED",
        "PERSONAL, RUNNING, STOPPED",
        "STRATEGIC, IDEA, DISCOVERY",
        "STRATEGIC, IDEA, STOPPED",
        "STRATEGIC, DISCOVERY, PILOT",
        "STRATEGIC, DISCOVERY, STOPPED",
        "STRATEGIC, PILOT, SCALE",
        "STRATEGIC, PILOT, STOPPED",
        "STRATEGIC, SCALE, RUN",
        "STRATEGIC, SCALE, COMPLETED",
        "STRATEGIC, SCALE, STOPPED",
        "STRATEGIC, RUN, COMPLETED",
        "STRATEGIC, RUN, STOPPED"
    })
    void an_allowed_move_of_a_complete_item_passes(Track track, Stage from, Stage to) {
        assertThatCode(() -> StageRules.check(track, from, to, complete())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "PERSONAL, PROPOSED, CONCLUDED",
        "PERSONAL, PROPOSED, PROMOTED",
        "PERSONAL, RUNNING, PROPOSED",
        "PERSONAL, RUNNING, PROMOTED",
        "PERSONAL, CONCLUDED, RUNNING",
        "PERSONAL, CONCLUDED, STOPPED",
        "PERSONAL, CONCLUDED, PROMOTED",
        "PERSONAL, STOPPED, RUNNING",
        "PERSONAL, STOPPED, PROPOSED",
        "PERSONAL, PROMOTED, RUNNING",
        "PERSONAL, PROMOTED, STOPPED",
        "PERSONAL, PROPOSED, DISCOVERY",
        "STRATEGIC, IDEA, PILOT",
        "STRATEGIC, IDEA, SCALE",
        "STRATEGIC, IDEA, RUN",
        "STRATEGIC, IDEA, COMPLETED",
        "STRATEGIC, DISCOVERY, SCALE",
        "STRATEGIC, DISCOVERY, IDEA",
        "STRATEGIC, DISCOVERY, COMPLETED",
        "STRATEGIC, PILOT, RUN",
        "STRATEGIC, PILOT, COMPLETED",
        "STRATEGIC, PILOT, DISCOVERY",
        "STRATEGIC, RUN, SCALE",
        "STRATEGIC, COMPLETED, RUN",
        "STRATEGIC, COMPLETED, STOPPED",
        "STRATEGIC, STOPPED, IDEA",
        "STRATEGIC, STOPPED, DISCOVERY",
        "STRATEGIC, IDEA, RUNNING"
    })
    void a_move_that_does_not_exist_is_refused_naming_both_stages(Track track, Stage from, Stage to) {
        assertThatThrownBy(() -> StageRules.check(track, from, to, complete()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var refusal = (InvalidInputException) e;
                    assertThat(refusal.messageKey()).isEqualTo("stage.move-not-allowed");
                    assertThat(refusal.arguments()).containsExactly("stage." + from, "stage." + to);
                });
    }

    @Test
    void every_pair_outside_the_allowed_moves_is_refused() {
        for (var track : Track.values()) {
            for (var from : Stage.values()) {
                var allowed = EnumSet.noneOf(Stage.class);
                allowed.addAll(StageRules.nextStages(track, from));
                for (var to : Stage.values()) {
                    if (!allowed.contains(to)) {
                        assertThatThrownBy(() -> StageRules.check(track, from, to, complete()))
                                .as("%s %s -> %s", track, from, to)
                                .isInstanceOf(InvalidInputException.class);
                    }
                }
            }
        }
    }

    @Test
    void starting_needs_nothing_more_than_hypothesis_lead_department_and_timebox() {
        var minimal = new InitiativeDraft(
                "Proef",
                null,
                "Als we dit doen",
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                DEPARTMENT,
                null,
                null,
                "Lead",
                null,
                null,
                null,
                null,
                null,
                "2027-Q1",
                "2027-Q2",
                null,
                null,
                null,
                null,
                null);

        assertThatCode(() -> StageRules.check(Track.PERSONAL, Stage.PROPOSED, Stage.RUNNING, minimal))
                .doesNotThrowAnyException();
    }

    @Test
    void starting_an_empty_experiment_lists_every_missing_field() {
        var empty = new InitiativeDraft(
                "Proef",
                null,
                null,
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.PROPOSED, Stage.RUNNING, empty))
                .isInstanceOfSatisfying(MissingFieldsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stage.missing-to-start");
                    assertThat(e.fieldKeys())
                            .containsExactly("field.hypothesis", "field.lead", "field.department", "field.timebox");
                });
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({
        "hypothesis, field.hypothesis",
        "blank-hypothesis, field.hypothesis",
        "lead, field.lead",
        "blank-lead, field.lead",
        "department, field.department",
        "start, field.timebox",
        "end, field.timebox",
        "blank-end, field.timebox"
    })
    void starting_without_one_field_names_exactly_that_field(String without, String fieldKey) {
        var draft = completeWithout(without);

        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.PROPOSED, Stage.RUNNING, draft))
                .isInstanceOfSatisfying(
                        MissingFieldsException.class,
                        e -> assertThat(e.fieldKeys()).containsExactly(fieldKey));
    }

    @Test
    void stopping_a_proposal_needs_none_of_the_start_fields() {
        var empty = new InitiativeDraft(
                "Proef",
                null,
                null,
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatCode(() -> StageRules.check(Track.PERSONAL, Stage.PROPOSED, Stage.STOPPED, empty))
                .doesNotThrowAnyException();
    }

    @Test
    void concluding_needs_learnings_and_at_least_one_outcome_measure() {
        var noLearningsNoOutcome = withOutcomes(complete(), null, null, null, "  ");

        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.RUNNING, Stage.CONCLUDED, noLearningsNoOutcome))
                .isInstanceOfSatisfying(MissingFieldsException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stage.missing-to-conclude");
                    assertThat(e.fieldKeys()).containsExactly("field.learnings", "field.outcome-measure");
                });
    }

    @Test
    void concluding_without_learnings_names_only_learnings() {
        var draft = withOutcomes(complete(), new BigDecimal("2"), null, null, null);

        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.RUNNING, Stage.CONCLUDED, draft))
                .isInstanceOfSatisfying(
                        MissingFieldsException.class,
                        e -> assertThat(e.fieldKeys()).containsExactly("field.learnings"));
    }

    @Test
    void concluding_without_any_outcome_measure_names_only_the_outcome_measure() {
        var draft = withOutcomes(complete(), null, null, null, "Het werkte");

        assertThatThrownBy(() -> StageRules.check(Track.PERSONAL, Stage.RUNNING, Stage.CONCLUDED, draft))
                .isInstanceOfSatisfying(
                        MissingFieldsException.class,
                        e -> assertThat(e.fieldKeys()).containsExactly("field.outcome-measure"));
    }

    @Test
    void any_single_outcome_measure_with_learnings_is_enough_to_conclude() {
        for (var draft : List.of(
                withOutcomes(complete(), new BigDecimal("1.5"), null, null, "Geleerd"),
                withOutcomes(complete(), null, new BigDecimal("30"), null, "Geleerd"),
                withOutcomes(complete(), null, null, new BigDecimal("4"), "Geleerd"))) {
            assertThatCode(() -> StageRules.check(Track.PERSONAL, Stage.RUNNING, Stage.CONCLUDED, draft))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void programme_moves_do_not_ask_for_experiment_fields() {
        var bare = new InitiativeDraft(
                "Programma",
                null,
                null,
                Layer.STRATEGIC,
                Ambition.REDESIGN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatCode(() -> StageRules.check(Track.STRATEGIC, Stage.IDEA, Stage.DISCOVERY, bare))
                .doesNotThrowAnyException();
    }

    /** Everything an experiment can have, learnings included, so only the move itself can be refused. */
    private static InitiativeDraft complete() {
        return withOutcomes(
                Drafts.experiment("Proef", DEPARTMENT),
                new BigDecimal("2.5"),
                new BigDecimal("40"),
                new BigDecimal("4"),
                "We leerden veel");
    }

    private static InitiativeDraft completeWithout(String field) {
        var d = complete();
        return new InitiativeDraft(
                d.title(),
                d.description(),
                switch (field) {
                    case "hypothesis" -> null;
                    case "blank-hypothesis" -> "   ";
                    default -> d.hypothesis();
                },
                d.layer(),
                d.ambition(),
                field.equals("department") ? null : d.departmentId(),
                d.goalId(),
                d.sponsor(),
                switch (field) {
                    case "lead" -> null;
                    case "blank-lead" -> " ";
                    default -> d.leadName();
                },
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journeyId(),
                d.exploresProgrammeId(),
                field.equals("start") ? null : d.startQuarter(),
                switch (field) {
                    case "end" -> null;
                    case "blank-end" -> "";
                    default -> d.endQuarter();
                },
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    private static InitiativeDraft withOutcomes(
            InitiativeDraft d, BigDecimal hours, BigDecimal adoption, BigDecimal satisfaction, String learnings) {
        return Drafts.with(
                d,
                "hoursSavedPerWeek",
                hours,
                "adoptionPct",
                adoption,
                "satisfaction",
                satisfaction,
                "learnings",
                learnings);
    }
}
