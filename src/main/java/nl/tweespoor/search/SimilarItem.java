package nl.tweespoor.search;

import nl.tweespoor.base.Track;

/** An existing experiment or programme like another one: where it runs, so the owners can join forces. */
public record SimilarItem(long id, Track track, String title, String department, boolean otherDepartment) {

    public String path() {
        return track.itemPath(id);
    }
}
