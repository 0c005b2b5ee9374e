package nl.tweespoor.status;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An item the signed-in user owns, with when it was last reported on and what is due. */
public record MyItem(
        long id,
        long ownerId,
        String track,
        String title,
        String stage,
        @Nullable OffsetDateTime lastUpdate,
        ItemSignals signals) {}
