package nl.tweespoor.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.tweespoor.base.validation.Amount;
import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/** A programme KPI with baseline, target and actual. */
public record Kpi(
        @Nullable Long id,

        @Text(field = "field.kpi-name", max = Kpi.MAX_NAME, column = "kpi.name")
        String name,

        @Text(field = "field.kpi-unit", max = Kpi.MAX_UNIT, column = "kpi.unit")
        String unit,

        @Amount(field = "field.kpi-baseline", precision = 16, scale = 2, column = "kpi.baseline") @Nullable BigDecimal baseline,

        @Amount(field = "field.kpi-target", precision = 16, scale = 2, column = "kpi.target") @Nullable BigDecimal target,

        @Amount(field = "field.kpi-actual", precision = 16, scale = 2, column = "kpi.actual") @Nullable BigDecimal actual,

        int version) {

    public static final int MAX_NAME = 200;
    public static final int MAX_UNIT = 40;

    /** How far the actual has come from baseline to target, 0–100 (null when it cannot be told). */
    public @Nullable Integer progressPct() {
        if (actual == null || target == null) {
            return null;
        }
        var start = baseline == null ? BigDecimal.ZERO : baseline;
        var span = target.subtract(start);
        if (span.signum() == 0) {
            return actual.compareTo(target) == 0 ? 100 : 0;
        }
        var pct = actual.subtract(start).multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, pct.intValue()));
    }
}
