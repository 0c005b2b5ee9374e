package nl.tweespoor.demo;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import nl.tweespoor.base.Quarter;

/**
 * When the story's reviews met: a past quarter's review opens two weeks before the quarter ends and closes a week
 * later, so its decisions, and what happened to the items after, fall on fixed days whatever the day the demo is
 * loaded. The current quarter's review opened two days ago and is still in progress.
 */
final class ReviewCalendar {

    private final OffsetDateTime now;
    private final Quarter current;

    ReviewCalendar(OffsetDateTime now, Quarter current) {
        this.now = now;
        this.current = current;
    }

    OffsetDateTime openedAt(Quarter quarter) {
        if (quarter.equals(current)) {
            return now.minusDays(2);
        }
        return at(quarter, 14, 9);
    }

    OffsetDateTime closedAt(Quarter quarter) {
        if (quarter.compareTo(current) >= 0) {
            throw new IllegalArgumentException("the review of " + quarter + " is not closed in the story");
        }
        return at(quarter, 7, 16);
    }

    /** The closed reviews of the story: the last four quarters, a year of decisions. */
    static int closedReviews() {
        return 4;
    }

    private OffsetDateTime at(Quarter quarter, int daysBeforeItsEnd, int hour) {
        var day = quarter.plus(1).firstDay().minusDays(daysBeforeItsEnd);
        return day.atTime(LocalTime.of(hour, 0)).atOffset(now.getOffset());
    }
}
