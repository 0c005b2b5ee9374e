package nl.tweespoor.base;

import java.math.BigDecimal;

/** The organisation-wide settings row as it was read in this request (see {@link Settings}). */
public record AppSettings(
        String organisationName,
        BigDecimal redesignTargetPct,
        BigDecimal weightValue,
        BigDecimal weightStrategicFit,
        BigDecimal weightFeasibility,
        BigDecimal weightUrgency,
        BigDecimal weightRisk,
        int staleAfterDays,
        int sessionTimeoutMinutes,
        int hoursPerFte,
        int version) {}
