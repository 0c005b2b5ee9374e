package nl.tweespoor.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The raw facts flags are computed from, read for many items in one statement. */
record SignalFacts(long id, String stage, String endQuarter, OffsetDateTime createdAt, OffsetDateTime lastUpdate,
        String lastRag, BigDecimal plannedToDate, BigDecimal actualToDate, boolean overThisQuarter,
        boolean principleGap, boolean openHighRisk) {
}
