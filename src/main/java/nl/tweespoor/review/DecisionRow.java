package nl.tweespoor.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import nl.tweespoor.base.Track;
import org.jspecify.annotations.Nullable;

/** A recorded decision, as the log and the item pages show it. */
public record DecisionRow(
        long id,
        long reviewId,
        String quarter,
        long initiativeId,
        Track track,
        String itemTitle,
        Decision decision,
        String reason,
        @Nullable String conditions,
        @Nullable String learned,
        BigDecimal budgetReleased,
        String decidedBy,
        OffsetDateTime decidedAt,
        int version) {}
