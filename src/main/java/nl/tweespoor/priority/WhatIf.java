package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.Map;
import nl.tweespoor.base.Track;
import nl.tweespoor.budget.Reserve;

/**
 * What stopping some items would do, computed and never saved: budget freed per quarter (planned budget of this and
 * later quarters), how many items per track would then be below the cut line, the redesign share after, and the
 * year's redesign reserve before and after the stops ({@code reserveAfter}: what the stopped items plan in the year's
 * later quarters released; stopping a redesign item frees reserve, stopping an optimise item frees optimise room).
 */
public record WhatIf(
        Map<String, BigDecimal> freedPerQuarter,
        BigDecimal freedTotal,
        Map<Track, Long> unfundedAfter,
        BigDecimal redesignShareBefore,
        BigDecimal redesignShareAfter,
        Reserve reserveBefore,
        Reserve reserveAfter) {}
