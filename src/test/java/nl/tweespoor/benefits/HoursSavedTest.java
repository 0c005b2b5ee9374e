package nl.tweespoor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue 13: hours saved per week × participants → hours per year (46 working weeks) and FTE. */
class HoursSavedTest {

    @Test
    void a_week_becomes_a_year_of_working_weeks_and_fte_at_the_hours_per_fte() {
        var saved = HoursSaved.of(HoursSaved.perWeek(new BigDecimal("2.5"), 4), 1600);

        assertThat(saved.perWeek()).isEqualByComparingTo("10");
        assertThat(saved.perYear()).isEqualByComparingTo("460");
        assertThat(saved.fte()).isEqualByComparingTo("0.3"); // 460 / 1600 = 0.2875
    }

    @Test
    void fte_rounds_half_up_from_the_exact_hours_not_from_the_rounded_year() {
        // 460 / 1840 = 0.25 exactly: half up, so 0.3 (half even would say 0.2)
        assertThat(HoursSaved.of(new BigDecimal("10"), 1840).fte()).isEqualByComparingTo("0.3");
        // 0.3 h a week = 13.8 h a year, shown as 14; the FTE uses 13.8: 13.8 / 1380 = 0.01 → 0.0
        var small = HoursSaved.of(new BigDecimal("0.3"), 1380);
        assertThat(small.perYear()).isEqualByComparingTo("14");
        assertThat(small.fte()).isEqualByComparingTo("0.0");
        // 34.75 h a week = 1598.5 h a year: shown as 1599 (half up), 1598.5 / 1600 = 0.99906 → 1.0 FTE
        var nearlyOne = HoursSaved.of(new BigDecimal("34.75"), 1600);
        assertThat(nearlyOne.perYear()).isEqualByComparingTo("1599");
        assertThat(nearlyOne.fte()).isEqualByComparingTo("1.0");
    }

    @Test
    void zero_participants_save_nothing_whatever_the_hours_per_participant() {
        var saved = HoursSaved.of(HoursSaved.perWeek(new BigDecimal("12.5"), 0), 1600);

        assertThat(saved.perWeek()).isEqualByComparingTo("0");
        assertThat(saved.perYear()).isEqualByComparingTo("0");
        assertThat(saved.fte()).isEqualByComparingTo("0");
        assertThat(HoursSaved.NONE.fte()).isEqualByComparingTo("0");
    }

    @Test
    void hours_per_fte_must_be_positive() {
        assertThatThrownBy(() -> HoursSaved.of(BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
