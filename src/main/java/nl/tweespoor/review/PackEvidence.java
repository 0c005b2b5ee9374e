package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.benefits.AmbitionMirror;
import nl.tweespoor.budget.Rollup;

/**
 * A review's own figures in its board pack, beside the items' evidence: the organisation, the year's budget per track
 * against its envelope, the redesign share before and after the review's STOP decisions against the target, and the
 * ambition mirror. Live while the review is open; kept at closing (review_pack_evidence) as this record's JSON.
 */
record PackEvidence(
        String organisation,
        int year,
        List<Rollup> tracks,
        BigDecimal redesignShareBefore,
        BigDecimal redesignShareAfter,
        BigDecimal redesignTargetPct,
        AmbitionMirror mirror) {

    PackEvidence {
        tracks = List.copyOf(tracks);
    }
}
