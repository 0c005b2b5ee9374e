package nl.tweespoor.governance;

import nl.tweespoor.base.Track;
import org.jspecify.annotations.Nullable;

/** Which items the matrix shows: both tracks or one, all departments or one, and optionally only open points. */
public record MatrixFilter(@Nullable Track track, @Nullable Long departmentId, boolean onlyOpenPoints) {

    public static MatrixFilter all() {
        return new MatrixFilter(null, null, false);
    }
}
