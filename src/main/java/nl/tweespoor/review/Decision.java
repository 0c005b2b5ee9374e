package nl.tweespoor.review;

import java.util.Arrays;
import java.util.List;
import nl.tweespoor.base.Track;

/** What a review decides for an item (PRODUCT.md §2). */
public enum Decision {
    CONTINUE,
    ADJUST,
    STOP,
    /** Programmes only: one stage on. */
    SCALE,
    /** Experiments only: into a programme. */
    PROMOTE;

    /** The decisions a review may take on an item of the track, in this enum's order. */
    public static List<Decision> allowedFor(Track track) {
        return Arrays.stream(values())
                .filter(decision -> decision != PROMOTE || track == Track.PERSONAL)
                .filter(decision -> decision != SCALE || track == Track.STRATEGIC)
                .toList();
    }
}
