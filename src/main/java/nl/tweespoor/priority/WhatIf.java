package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What stopping some items would do, computed and never saved: budget freed per quarter (planned budget of this and
 * later quarters), the rankings with the new cut line, and the redesign share after.
 */
public record WhatIf(Map<String, BigDecimal> freedPerQuarter, BigDecimal freedTotal, List<Ranking> rankings,
        BigDecimal redesignShareBefore, BigDecimal redesignShareAfter) {
}
