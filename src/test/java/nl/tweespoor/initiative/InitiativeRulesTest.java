package nl.tweespoor.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The draft rules as plain Java, at their boundaries; no Spring, no database. */
class InitiativeRulesTest {

    private static final InitiativeDraft EXPERIMENT = Drafts.experiment("Experiment", 1L);

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "100", "100.0", "55.5"})
    void adoption_from_0_to_100_percent_is_accepted(String adoption) {
        assertThatCode(() -> InitiativeRules.validate(
                        Track.PERSONAL, Drafts.withOutcomes(EXPERIMENT, new BigDecimal(adoption), null)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "-1", "100.1", "120"})
    void adoption_outside_0_to_100_percent_is_refused(String adoption) {
        assertRefused(Drafts.withOutcomes(EXPERIMENT, new BigDecimal(adoption), null), "validation.between");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "3.5", "5", "5.0"})
    void satisfaction_from_1_to_5_is_accepted(String satisfaction) {
        assertThatCode(() -> InitiativeRules.validate(
                        Track.PERSONAL, Drafts.withOutcomes(EXPERIMENT, null, new BigDecimal(satisfaction))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.9", "5.1", "6"})
    void satisfaction_outside_1_to_5_is_refused(String satisfaction) {
        assertRefused(Drafts.withOutcomes(EXPERIMENT, null, new BigDecimal(satisfaction)), "validation.between");
    }

    @Test
    void zero_cost_is_accepted_and_negative_cost_refused() {
        assertThatCode(() -> InitiativeRules.validate(Track.PERSONAL, Drafts.withCost(EXPERIMENT, BigDecimal.ZERO)))
                .doesNotThrowAnyException();
        assertRefused(Drafts.withCost(EXPERIMENT, new BigDecimal("-1")), "validation.not-negative");
    }

    @Test
    void cost_up_to_what_the_column_holds_is_accepted() {
        assertThatCode(() -> InitiativeRules.validate(
                        Track.PERSONAL, Drafts.withCost(EXPERIMENT, new BigDecimal("999999999999.99"))))
                .doesNotThrowAnyException();
        // Rounding it to cents would overflow the column: refused for its decimals, before any rounding.
        assertRefused(Drafts.withCost(EXPERIMENT, new BigDecimal("999999999999.995")), "validation.too-many-decimals");
        assertRefused(Drafts.withCost(EXPERIMENT, new BigDecimal("1000000000000")), "validation.too-large");
    }

    @Test
    void same_start_and_end_quarter_is_accepted() {
        assertThatCode(() ->
                        InitiativeRules.validate(Track.PERSONAL, Drafts.withQuarters(EXPERIMENT, "2027-Q2", "2027-Q2")))
                .doesNotThrowAnyException();
    }

    @Test
    void open_ended_timebox_is_accepted() {
        assertThatCode(() -> InitiativeRules.validate(Track.PERSONAL, Drafts.withQuarters(EXPERIMENT, "2027-Q2", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void title_of_200_characters_is_accepted_and_201_refused() {
        assertThatCode(() -> InitiativeRules.validate(Track.PERSONAL, Drafts.withTitle(EXPERIMENT, "x".repeat(200))))
                .doesNotThrowAnyException();
        assertRefused(Drafts.withTitle(EXPERIMENT, "x".repeat(201)), "validation.too-long");
    }

    @Test
    void experiment_layer_must_be_personal_productivity() {
        assertRefused(Drafts.withLayer(EXPERIMENT, Layer.STRATEGIC), "validation.experiment-layer");
    }

    private static void assertRefused(InitiativeDraft draft, String messageKey) {
        assertThatThrownBy(() -> InitiativeRules.validate(Track.PERSONAL, draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
