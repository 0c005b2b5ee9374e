package nl.tweespoor.budget;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Planned, actual and (for tracks) envelope of one group in one year. */
public record Rollup(
        String key,
        String label,
        BigDecimal planned,
        BigDecimal actual,
        @Nullable BigDecimal envelope) {

    public boolean overBudget() {
        return actual.compareTo(planned) > 0;
    }

    /** Planned above the envelope: a warning, not a block. */
    public boolean overEnvelope() {
        return envelope != null && planned.compareTo(envelope) > 0;
    }
}
