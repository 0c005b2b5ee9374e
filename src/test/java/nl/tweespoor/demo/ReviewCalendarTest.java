package nl.tweespoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import nl.tweespoor.base.Quarter;
import org.junit.jupiter.api.Test;

/** The story's reviews fall in order on whatever day of the year the demo is loaded. */
class ReviewCalendarTest {

    @Test
    void on_every_day_of_a_year_the_closed_reviews_met_in_their_own_quarter_one_after_the_other_before_today() {
        var day = LocalDate.of(2027, 1, 1);
        for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
            var now = day.atTime(LocalTime.of(8, 15)).atOffset(ZoneOffset.ofHours(1));
            var current = Quarter.of(day);
            var calendar = new ReviewCalendar(now, current);
            var previousClose = now.minusYears(5);
            for (int back = ReviewCalendar.closedReviews(); back >= 1; back--) {
                var quarter = current.plus(-back);
                var opened = calendar.openedAt(quarter);
                var closed = calendar.closedAt(quarter);
                assertThat(Quarter.of(opened.toLocalDate())).isEqualTo(quarter);
                assertThat(Quarter.of(closed.toLocalDate())).isEqualTo(quarter);
                assertThat(opened).isAfter(previousClose).isBefore(closed);
                assertThat(closed).isBefore(now);
                previousClose = closed;
            }
            assertThat(calendar.openedAt(current)).isAfter(previousClose).isBefore(now);
        }
    }
}
