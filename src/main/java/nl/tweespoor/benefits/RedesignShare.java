package nl.tweespoor.benefits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** One quarter of the ambition mirror: planned budget on REDESIGN items against all planned AI budget. */
public record RedesignShare(String quarter, BigDecimal redesignPlanned, BigDecimal totalPlanned) {

    /** The share in percent, one decimal; null when nothing is planned in the quarter (no share to speak of). */
    public @Nullable BigDecimal sharePct() {
        if (totalPlanned.signum() == 0) {
            return null;
        }
        return redesignPlanned.multiply(BigDecimal.valueOf(100)).divide(totalPlanned, 1, RoundingMode.HALF_UP);
    }
}
