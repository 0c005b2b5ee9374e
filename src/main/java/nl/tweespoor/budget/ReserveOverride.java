package nl.tweespoor.budget;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A plan a leader let through past the reserve, with the reason. */
public record ReserveOverride(
        long initiativeId,
        String title,
        BigDecimal planned,
        BigDecimal roomLeft,
        String reason,
        String decidedBy,
        OffsetDateTime decidedAt) {}
