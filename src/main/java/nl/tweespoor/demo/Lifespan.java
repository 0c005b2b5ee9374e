package nl.tweespoor.demo;

import java.time.OffsetDateTime;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One item's life in the story: the quarters it was active (from its start quarter until it ended, was stopped or
 * promoted, or until now) and the moments between which its owner wrote about it. Items that never started (proposals
 * and ideas) have no active quarters.
 */
record Lifespan(
        String key,
        long id,
        String title,
        boolean experiment,
        Stage stage,
        long ownerId,
        Quarter start,
        Quarter end,
        @Nullable Quarter exit,
        OffsetDateTime from,
        OffsetDateTime until) {

    boolean everActive() {
        return exit != null;
    }

    boolean activeIn(Quarter quarter) {
        return exit != null && start.compareTo(quarter) <= 0 && quarter.compareTo(exit) <= 0;
    }

    /** Whether the item is still active today, so that its story goes on to now. */
    boolean activeNow() {
        return stage.isActive();
    }

    /** A moment at {@code share} (0 to 1) of the way through the item's active life. */
    OffsetDateTime at(double share) {
        long seconds = java.time.Duration.between(from, until).toSeconds();
        return from.plusSeconds(Math.round(seconds * Math.clamp(share, 0, 1)));
    }
}
