package nl.tweespoor.review;

import nl.tweespoor.base.Track;
import nl.tweespoor.status.Flag;
import org.jspecify.annotations.Nullable;

/** Narrows a review's agenda: one track, items carrying one flag, decided or not; null means any. */
public record AgendaFilter(
        @Nullable Track track,
        @Nullable Flag flag,
        @Nullable Boolean decided) {

    public static final AgendaFilter ALL = new AgendaFilter(null, null, null);
}
