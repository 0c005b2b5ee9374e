package nl.tweespoor.benefits;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Adoption and satisfaction in one quarter: the average of what the experiments measured then (each experiment's
 * last measurement in the quarter); null where no experiment measured it.
 */
public record QuarterTrend(
        String quarter,
        int experiments,
        @Nullable BigDecimal adoptionPct,
        @Nullable BigDecimal satisfaction) {}
