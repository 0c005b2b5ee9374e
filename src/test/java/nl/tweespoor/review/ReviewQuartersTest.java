package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Quarter;
import org.junit.jupiter.api.Test;

class ReviewQuartersTest {

    private final Quarter current = new Quarter(2026, 1);

    @Test
    void a_review_may_be_opened_from_two_quarters_back_to_two_ahead() {
        assertThat(ReviewQuarters.openable(current))
                .extracting(Quarter::toString)
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
    }

    @Test
    void quarters_further_away_may_not_be_opened() {
        assertThat(ReviewQuarters.mayOpen(new Quarter(2025, 3), current)).isTrue();
        assertThat(ReviewQuarters.mayOpen(new Quarter(2026, 3), current)).isTrue();
        assertThat(ReviewQuarters.mayOpen(new Quarter(2025, 2), current)).isFalse();
        assertThat(ReviewQuarters.mayOpen(new Quarter(2026, 4), current)).isFalse();
        assertThat(ReviewQuarters.mayOpen(new Quarter(2300, 1), current)).isFalse();
    }
}
