package nl.tweespoor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The redesign alert at, just under and just above the target (PRODUCT.md §4 balance). */
class BalanceBoundaryTest {

    private static Balance balance(String redesign, String total, String target) {
        return new Balance(new BigDecimal(redesign), new BigDecimal(total), new BigDecimal(target));
    }

    @Test
    void exactly_at_the_target_is_no_alert() {
        var at = balance("300", "1000", "30");
        assertThat(at.belowTarget()).isFalse();
        assertThat(at.sharePct()).isEqualByComparingTo("30.0");
        assertThat(at.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void one_cent_under_the_target_raises_the_alert_with_the_amount_to_move() {
        var under = balance("299.99", "1000", "30");
        assertThat(under.belowTarget()).isTrue();
        assertThat(under.amountToMove()).isEqualByComparingTo("0.01");
    }

    @Test
    void just_above_the_target_is_no_alert() {
        assertThat(balance("300.01", "1000", "30").belowTarget()).isFalse();
    }

    @Test
    void the_amount_to_move_is_what_reaches_the_target() {
        assertThat(balance("250", "1000", "30").amountToMove()).isEqualByComparingTo("50.00");
    }

    @Test
    void nothing_planned_is_no_alert_and_zero_share() {
        var empty = balance("0", "0", "30");
        assertThat(empty.belowTarget()).isFalse();
        assertThat(empty.sharePct()).isEqualByComparingTo("0");
    }

    @Test
    void a_zero_target_never_alerts_and_a_full_target_alerts_below_everything() {
        assertThat(balance("0", "1000", "0").belowTarget()).isFalse();
        assertThat(balance("999.99", "1000", "100").belowTarget()).isTrue();
        assertThat(balance("1000", "1000", "100").belowTarget()).isFalse();
    }
}
