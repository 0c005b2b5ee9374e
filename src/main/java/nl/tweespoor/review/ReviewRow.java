package nl.tweespoor.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A review in the list. */
public record ReviewRow(
        long id,
        String quarter,
        ReviewState status,
        @Nullable OffsetDateTime openedAt,
        @Nullable OffsetDateTime closedAt,
        int decisions,
        @Nullable LocalDate meetingDate,
        int version) {

    public boolean closed() {
        return status == ReviewState.CLOSED;
    }

    public boolean planned() {
        return status == ReviewState.PLANNED;
    }

    public boolean inProgress() {
        return status == ReviewState.IN_PROGRESS;
    }
}
