package nl.tweespoor.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a review's board pack says, gathered before it is laid out: the review and its agenda (evidence and decision
 * per item), the decisions by kind, the budget released, and the review's figures ({@link PackEvidence}: budget per
 * track, redesign share before and after, the ambition mirror). For a closed review all of it is what closing kept;
 * for one closed before evidence was kept, {@code figures} is null and {@code evidenceKeptSince} says since when.
 */
record BoardPack(
        String organisation,
        ReviewRow review,
        List<AgendaItem> agenda,
        Map<String, Long> decisionCounts,
        BigDecimal budgetReleased,
        @Nullable PackEvidence figures,
        @Nullable OffsetDateTime evidenceKeptSince) {}
