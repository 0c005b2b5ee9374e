package nl.tweespoor.benefits;

import java.math.BigDecimal;
import java.util.List;

/**
 * The redesign share quarter by quarter over the years, against the redesign target: are we designing our future or
 * optimising our past? Every quarter of the range is there, also one with nothing planned.
 */
public record AmbitionMirror(List<RedesignShare> quarters, BigDecimal targetPct) {

    public AmbitionMirror {
        quarters = List.copyOf(quarters);
    }

    /** The quarters whose share is below the target (nothing planned is not below). */
    public long quartersBelowTarget() {
        return quarters.stream()
                .filter(q -> q.sharePct() != null
                        && q.redesignPlanned()
                                        .multiply(BigDecimal.valueOf(100))
                                        .compareTo(targetPct.multiply(q.totalPlanned()))
                                < 0)
                .count();
    }
}
