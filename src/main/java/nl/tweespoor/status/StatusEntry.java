package nl.tweespoor.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One posted status update. */
public record StatusEntry(
        long id,
        Rag rag,
        int progressPct,
        String quarter,
        BigDecimal spend,
        String summary,
        String risks,
        String nextSteps,
        String authorName,
        OffsetDateTime createdAt) {}
