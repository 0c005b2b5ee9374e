package nl.tweespoor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReserveRuleTest {

    private static final BigDecimal ENVELOPES = new BigDecimal("10000");
    private static final BigDecimal RESERVE = new BigDecimal("3000");

    @Test
    void optimising_may_plan_up_to_the_envelopes_minus_the_reserve_and_not_a_euro_more() {
        assertThat(ReserveRule.eatsIntoReserve(ENVELOPES, RESERVE, new BigDecimal("6000"), new BigDecimal("1000")))
                .isFalse();
        assertThat(ReserveRule.eatsIntoReserve(ENVELOPES, RESERVE, new BigDecimal("6000"), new BigDecimal("1000.01")))
                .isTrue();
        assertThat(ReserveRule.roomLeft(ENVELOPES, RESERVE, new BigDecimal("6000")))
                .isEqualByComparingTo("1000");
    }

    @Test
    void lowering_or_keeping_a_plan_never_eats_into_the_reserve_even_past_the_line() {
        assertThat(ReserveRule.eatsIntoReserve(ENVELOPES, RESERVE, new BigDecimal("9000"), BigDecimal.ZERO))
                .isFalse();
        assertThat(ReserveRule.eatsIntoReserve(ENVELOPES, RESERVE, new BigDecimal("9000"), new BigDecimal("-500")))
                .isFalse();
        assertThat(ReserveRule.roomLeft(ENVELOPES, RESERVE, new BigDecimal("9000")))
                .isEqualByComparingTo("0");
    }
}
