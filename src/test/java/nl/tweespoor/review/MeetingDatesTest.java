package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import org.junit.jupiter.api.Test;

class MeetingDatesTest {

    private final LocalDate today = LocalDate.of(2026, 8, 20);
    private final Quarter q3 = new Quarter(2026, 3);

    @Test
    void a_meeting_from_today_to_the_end_of_the_next_quarter_is_accepted() {
        assertThat(MeetingDates.check(today, q3, today)).isEqualTo(today);
        assertThat(MeetingDates.check(LocalDate.of(2026, 12, 31), q3, today)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_meeting_in_the_past_is_refused() {
        assertThatThrownBy(() -> MeetingDates.check(today.minusDays(1), q3, today))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.meeting-date-past"));
    }

    @Test
    void a_meeting_after_the_next_quarter_is_refused() {
        assertThatThrownBy(() -> MeetingDates.check(LocalDate.of(2027, 1, 1), q3, today))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.meeting-date-late"));
    }

    @Test
    void a_missing_date_is_refused() {
        assertThatThrownBy(() -> MeetingDates.check(null, q3, today))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.meeting-date-required"));
    }
}
