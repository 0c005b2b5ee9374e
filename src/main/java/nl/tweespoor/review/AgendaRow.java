package nl.tweespoor.review;

import nl.tweespoor.base.Track;
import nl.tweespoor.status.ItemSignals;
import org.jspecify.annotations.Nullable;

/** One line of the agenda grid: the item, its flags, and this review's decision so far (null when undecided). */
public record AgendaRow(
        long initiativeId,
        Track track,
        String title,
        String stage,
        String owner,
        ItemSignals signals,
        @Nullable Decision decision) {

    public boolean flagged() {
        return signals.flagged();
    }
}
