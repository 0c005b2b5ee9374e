package nl.tweespoor.governance;

import nl.tweespoor.base.Track;

/** Which items the matrix shows: both tracks or one, all departments or one, and optionally only open points. */
public record MatrixFilter(Track track, Long departmentId, boolean onlyOpenPoints) {

    public static MatrixFilter all() {
        return new MatrixFilter(null, null, false);
    }
}
