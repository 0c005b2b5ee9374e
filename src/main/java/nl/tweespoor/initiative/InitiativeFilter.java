package nl.tweespoor.initiative;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** What the user narrowed a list down to; null means "any". */
public record InitiativeFilter(Track track, String text, Long departmentId, Stage stage, Long ownerId) {

    public static InitiativeFilter of(Track track) {
        return new InitiativeFilter(track, null, null, null, null);
    }
}
