package nl.tweespoor.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import nl.tweespoor.base.Quarter;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Timeline twoYears = new Timeline(new Quarter(2026, 1), 8);

    @Test
    void the_axis_ends_with_its_last_quarter() {
        assertThat(twoYears.to()).isEqualTo(new Quarter(2027, 4));
    }

    @Test
    void a_bar_inside_the_axis_starts_at_its_quarter_and_covers_its_quarters() {
        assertThat(twoYears.firstColumn(new Quarter(2026, 3))).isEqualTo(2);
        assertThat(twoYears.span(new Quarter(2026, 3), new Quarter(2027, 1))).isEqualTo(3);
    }

    @Test
    void a_bar_reaching_past_either_end_is_cut_to_the_axis() {
        assertThat(twoYears.firstColumn(new Quarter(2025, 2))).isZero();
        assertThat(twoYears.span(new Quarter(2025, 2), new Quarter(2026, 2))).isEqualTo(2);
        assertThat(twoYears.span(new Quarter(2027, 3), new Quarter(2029, 1))).isEqualTo(2);
    }

    @Test
    void today_lies_at_the_share_of_the_axis_that_has_passed() {
        assertThat(twoYears.position(LocalDate.of(2026, 1, 1))).isZero();
        // 2026-Q3 starts on 1 July; 46 of its 92 days have passed on 16 August
        assertThat(twoYears.position(LocalDate.of(2026, 8, 16))).isCloseTo((2 + 0.5) / 8, within(1e-9));
        assertThat(twoYears.position(LocalDate.of(2028, 2, 1))).isGreaterThan(1);
    }

    @Test
    void quarters_count_across_years_and_backwards() {
        assertThat(new Quarter(2026, 4).until(new Quarter(2027, 1))).isEqualTo(1);
        assertThat(new Quarter(2027, 1).until(new Quarter(2026, 2))).isEqualTo(-3);
    }
}
