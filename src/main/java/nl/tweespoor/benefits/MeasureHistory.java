package nl.tweespoor.benefits;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one experiment measured over the last quarters: per quarter its last measurement. A programme measures
 * through its KPIs and has no such history ({@code experiment} false).
 */
public record MeasureHistory(boolean experiment, List<Measured> quarters) {

    public MeasureHistory {
        quarters = List.copyOf(quarters);
    }

    /** One quarter's last measurement; a measure not given then is null. */
    public record Measured(
            String quarter,
            @Nullable Integer participants,
            @Nullable BigDecimal hoursSavedPerWeek,
            @Nullable BigDecimal adoptionPct,
            @Nullable BigDecimal satisfaction) {}
}
