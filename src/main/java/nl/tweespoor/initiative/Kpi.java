package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.KPI;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.tweespoor.base.ColumnLimits;

/** A programme KPI with baseline, target and actual. */
public record Kpi(
        Long id, String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual, int version) {

    public static final int MAX_NAME = ColumnLimits.max(KPI.NAME);
    public static final int MAX_UNIT = ColumnLimits.max(KPI.UNIT);

    /** How far the actual has come from baseline to target, 0–100 (null when it cannot be told). */
    public Integer progressPct() {
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
