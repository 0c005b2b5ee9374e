package nl.tweespoor.review;

import java.time.OffsetDateTime;

/** A review in the list. */
public record ReviewRow(
        long id, String quarter, String status, OffsetDateTime openedAt, OffsetDateTime closedAt, int decisions) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
