package nl.tweespoor.status;

import java.time.OffsetDateTime;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** An item the signed-in user owns, with when it was last reported on and what is due. */
public record MyItem(
        long id,
        long ownerId,
        Track track,
        String title,
        Stage stage,
        @Nullable OffsetDateTime lastUpdate,
        ItemSignals signals) {}
