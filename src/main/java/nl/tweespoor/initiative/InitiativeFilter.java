package nl.tweespoor.initiative;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** What the user narrowed a list down to; null means "any". */
public record InitiativeFilter(
        @Nullable Track track,
        @Nullable String text,
        @Nullable Long departmentId,
        @Nullable Stage stage,
        @Nullable Long ownerId) {

    public static InitiativeFilter of(Track track) {
        return new InitiativeFilter(track, null, null, null, null);
    }
}
