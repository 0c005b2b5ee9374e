package nl.tweespoor.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PRODUCT.md §4 Balance: redesign share against the target, alert below it, and how much would have to move. */
class BalanceTest {

    private static Balance balance(String redesign, String total, String target) {
        return new Balance(new BigDecimal(redesign), new BigDecimal(total), new BigDecimal(target));
    }

    @Test
    void share_exactly_at_the_target_is_not_an_alert() {
        var balance = balance("300", "1000", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("30.0");
        assertThat(balance.belowTarget()).isFalse();
        assertThat(balance.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void share_a_cent_under_the_target_is_an_alert_even_though_it_rounds_to_the_target() {
        var balance = balance("299.99", "1000", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("30.0");
        assertThat(balance.belowTarget()).isTrue();
        assertThat(balance.amountToMove()).isEqualByComparingTo("0.01");
    }

    @Test
    void share_a_cent_above_the_target_is_not_an_alert() {
        var balance = balance("300.01", "1000", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("30.0");
        assertThat(balance.belowTarget()).isFalse();
        assertThat(balance.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void share_is_rounded_to_one_decimal_half_up() {
        assertThat(balance("1", "3", "30").sharePct()).isEqualByComparingTo("33.3");
        assertThat(balance("2", "3", "30").sharePct()).isEqualByComparingTo("66.7");
        assertThat(balance("1", "8", "30").sharePct()).isEqualByComparingTo("12.5");
        assertThat(balance("2", "3", "30").sharePct().scale()).isEqualTo(1);
    }

    @Test
    void amount_to_move_is_what_brings_redesign_to_the_target_share_of_the_total() {
        var balance = balance("250", "1000", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("25.0");
        assertThat(balance.belowTarget()).isTrue();
        assertThat(balance.amountToMove()).isEqualByComparingTo("50.00");
        assertThat(balance.amountToMove().scale()).isEqualTo(2);
    }

    @Test
    void amount_to_move_is_rounded_up_to_the_cent_so_moving_it_meets_the_target() {
        // 30 % of 1000.01 is 300.003: moving 300.00 would still leave the share under the target.
        var balance = balance("0", "1000.01", "30");

        assertThat(balance.amountToMove()).isEqualByComparingTo("300.01");
        assertThat(balance("300.01", "1000.01", "30").belowTarget()).isFalse();
        assertThat(balance("300.00", "1000.01", "30").belowTarget()).isTrue();
    }

    @Test
    void nothing_planned_gives_share_zero_and_no_alert() {
        var balance = balance("0", "0", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("0");
        assertThat(balance.belowTarget()).isFalse();
        assertThat(balance.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void no_redesign_at_all_is_an_alert_for_the_full_target_share() {
        var balance = balance("0", "800", "30");

        assertThat(balance.sharePct()).isEqualByComparingTo("0.0");
        assertThat(balance.belowTarget()).isTrue();
        assertThat(balance.amountToMove()).isEqualByComparingTo("240.00");
    }

    @Test
    void target_zero_never_alerts() {
        var balance = balance("0", "1000", "0");

        assertThat(balance.sharePct()).isEqualByComparingTo("0.0");
        assertThat(balance.belowTarget()).isFalse();
        assertThat(balance.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void target_hundred_alerts_unless_everything_is_redesign() {
        var almost = balance("999.99", "1000", "100");
        assertThat(almost.sharePct()).isEqualByComparingTo("100.0");
        assertThat(almost.belowTarget()).isTrue();
        assertThat(almost.amountToMove()).isEqualByComparingTo("0.01");

        var all = balance("1000", "1000", "100");
        assertThat(all.sharePct()).isEqualByComparingTo("100.0");
        assertThat(all.belowTarget()).isFalse();
        assertThat(all.amountToMove()).isEqualByComparingTo("0");
    }

    @Test
    void a_fractional_target_is_compared_exactly() {
        assertThat(balance("302.49", "1000", "30.25").belowTarget()).isTrue();
        assertThat(balance("302.50", "1000", "30.25").belowTarget()).isFalse();
        assertThat(balance("250", "1000", "30.25").amountToMove()).isEqualByComparingTo("52.50");
    }
}
