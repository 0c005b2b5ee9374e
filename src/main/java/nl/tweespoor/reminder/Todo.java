package nl.tweespoor.reminder;

import java.time.LocalDate;
import nl.tweespoor.base.Track;
import org.jspecify.annotations.Nullable;

/** An open to-do: post a status update on the item before the review of the quarter meets. */
public record Todo(
        long id, String quarter, @Nullable LocalDate meetingDate, long initiativeId, Track track, String title) {

    /** The item's page, relative to the app's root. */
    public String itemPath() {
        return track.itemPath(initiativeId);
    }
}
