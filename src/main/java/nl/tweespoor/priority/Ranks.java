package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ranks between neighbours (priority_rank is numeric(20, 10), see V73): the shortest decimal near the middle of the
 * gap, so 3 and 4 give 3.5 and 3 and 3.5 give 3.3 — about one more digit per three moves into the same gap. Plain
 * Java so the boundaries are easy to test.
 */
final class Ranks {

    /** The decimals the column keeps. */
    static final int MAX_SCALE = 10;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Ranks() {}

    /**
     * A rank strictly between {@code low} (zero above the first item) and {@code high} (null below the last ranked
     * item), or empty when the gap has no room left within {@link #MAX_SCALE} decimals (or the neighbours share a
     * rank): then the track is renumbered first.
     */
    static Optional<BigDecimal> between(BigDecimal low, @Nullable BigDecimal high) {
        if (high == null) {
            return Optional.of(low.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
        }
        var middle = low.add(high).divide(TWO);
        for (int scale = 0; scale <= MAX_SCALE; scale++) {
            var candidate = middle.setScale(scale, RoundingMode.HALF_UP);
            if (candidate.compareTo(low) > 0 && candidate.compareTo(high) < 0) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
