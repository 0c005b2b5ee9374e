package nl.tweespoor.review;

import java.time.LocalDate;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * When a planned review may meet: not in the past, and no later than the end of the quarter after the one it reviews
 * (a review of Q3 meets in Q3 or early in Q4, never a year on).
 */
public final class MeetingDates {

    private MeetingDates() {}

    /** The last day a review of the quarter may meet. */
    public static LocalDate latest(Quarter quarter) {
        return quarter.plus(2).firstDay().minusDays(1);
    }

    /** Refuses a missing date, a date in the past and one beyond {@link #latest}. */
    public static LocalDate check(@Nullable LocalDate meetingDate, Quarter quarter, LocalDate today) {
        if (meetingDate == null) {
            throw new InvalidInputException("review.meeting-date-required");
        }
        if (meetingDate.isBefore(today)) {
            throw new InvalidInputException("review.meeting-date-past", meetingDate);
        }
        var latest = latest(quarter);
        if (meetingDate.isAfter(latest)) {
            throw new InvalidInputException("review.meeting-date-late", meetingDate, quarter, latest);
        }
        return meetingDate;
    }
}
