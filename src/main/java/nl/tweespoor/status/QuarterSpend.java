package nl.tweespoor.status;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** This quarter's actual spend of an item as stored, and its budget line's version; both null without a line. */
public record QuarterSpend(
        String quarter,
        @Nullable BigDecimal actual,
        @Nullable Integer version) {}
