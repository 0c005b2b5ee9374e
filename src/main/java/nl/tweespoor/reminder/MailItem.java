package nl.tweespoor.reminder;

import nl.tweespoor.base.Track;

/** An item named in a reminder or a digest mail. */
record MailItem(long id, Track track, String title) {

    String path() {
        return track.itemPath(id);
    }
}
