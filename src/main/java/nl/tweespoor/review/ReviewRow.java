package nl.tweespoor.review;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A review in the list. */
public record ReviewRow(
        long id,
        String quarter,
        ReviewState status,
        @Nullable OffsetDateTime openedAt,
        @Nullable OffsetDateTime closedAt,
        int decisions) {

    public boolean closed() {
        return status == ReviewState.CLOSED;
    }

    public boolean inProgress() {
        return status == ReviewState.IN_PROGRESS;
    }
}
