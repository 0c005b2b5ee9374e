package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.Map;
import nl.tweespoor.base.Track;

/**
 * What stopping some items would do, computed and never saved: budget freed per quarter (planned budget of this and
 * later quarters), how many items per track would then be below the cut line, and the redesign share after.
 */
public record WhatIf(
        Map<String, BigDecimal> freedPerQuarter,
        BigDecimal freedTotal,
        Map<Track, Long> unfundedAfter,
        BigDecimal redesignShareBefore,
        BigDecimal redesignShareAfter) {}
