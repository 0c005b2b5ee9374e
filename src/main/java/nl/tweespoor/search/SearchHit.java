package nl.tweespoor.search;

import nl.tweespoor.base.Track;
import org.jspecify.annotations.Nullable;

/**
 * One thing found: its kind and id, where it lives (the item, review or list page), its title and a snippet with the
 * matched words marked, and a short context (the quarter of a decision or update).
 */
public record SearchHit(
        SearchKind kind,
        long id,
        long targetId,
        @Nullable Track track,
        Marked title,
        Marked snippet,
        @Nullable String context) {

    /** The address of the hit's place in the app (a route, without the leading slash). */
    public String path() {
        return switch (kind) {
            case EXPERIMENT, PROGRAMME, STATUS_UPDATE, COMMENT, LEARNING ->
                (track == null ? Track.PERSONAL : track).itemPath(targetId);
            case DECISION -> "reviews/" + targetId;
            case GOAL -> "goals";
            case JOURNEY -> "journeys";
            case PRINCIPLE -> "principles";
        };
    }
}
