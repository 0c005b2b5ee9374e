package nl.tweespoor.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The optimise-versus-redesign balance of a year: the share of planned AI budget on REDESIGN items against the
 * target. Plain Java so the boundaries can be tested without a database.
 */
public record Balance(BigDecimal redesignPlanned, BigDecimal totalPlanned, BigDecimal targetPct) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Redesign share in percent, one decimal; zero when nothing is planned. */
    public BigDecimal sharePct() {
        if (totalPlanned.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return redesignPlanned.multiply(HUNDRED).divide(totalPlanned, 1, RoundingMode.HALF_UP);
    }

    /** Below target when the exact share (not the rounded one) is under it; nothing planned is not an alert. */
    public boolean belowTarget() {
        return totalPlanned.signum() > 0
                && redesignPlanned.multiply(HUNDRED).compareTo(targetPct.multiply(totalPlanned)) < 0;
    }

    /** How much planned budget would have to move from optimising to redesign to meet the target. */
    public BigDecimal amountToMove() {
        if (!belowTarget()) {
            return BigDecimal.ZERO;
        }
        var needed = totalPlanned.multiply(targetPct).divide(HUNDRED, 2, RoundingMode.UP);
        return needed.subtract(redesignPlanned).max(BigDecimal.ZERO);
    }
}
