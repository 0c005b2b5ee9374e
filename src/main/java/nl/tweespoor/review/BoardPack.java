package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.tweespoor.benefits.AmbitionMirror;

/**
 * What a review's board pack says, gathered before it is laid out: the review and its agenda (evidence and decision
 * per item), the decisions by kind, the budget released and the redesign share of this year before and after the
 * review's STOP decisions, and the ambition mirror (the redesign share per quarter against the target).
 */
record BoardPack(
        String organisation,
        ReviewRow review,
        List<AgendaItem> agenda,
        Map<String, Long> decisionCounts,
        BigDecimal budgetReleased,
        BigDecimal redesignShareBefore,
        BigDecimal redesignShareAfter,
        AmbitionMirror mirror) {}
