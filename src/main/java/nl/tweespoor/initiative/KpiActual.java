package nl.tweespoor.initiative;

import java.math.BigDecimal;

/** A KPI's actual as it stood at the end of a quarter (the last value saved in it): one point of its trend. */
public record KpiActual(long kpiId, String quarter, BigDecimal actual) {}
