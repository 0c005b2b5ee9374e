package nl.tweespoor.initiative;

import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** An item as the services change it: where it stands, whose it is, what it says, and the version it is at. */
record StoredInitiative(long id, Track track, Stage stage, long ownerId, InitiativeDraft draft, int version) {

    String title() {
        return draft.title();
    }

    /** This item, as long as nobody replaced it since the user saw {@code expectedVersion}. */
    StoredInitiative at(int expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return this;
    }
}
