package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The cut line's rule with a redesign reserve: each track gets its share of the year's reserve, pro rata to its
 * envelope ({@link #share}); going down the ranking, redesign items draw on that share first and only what they plan
 * beyond it competes with the other items for the rest of the envelope; other items never use the share. An item is
 * funded while {@code other so far + max(redesign so far, share) <= envelope} ({@link #funded}). Both terms only grow,
 * so the first item that fails is the cut line and every item below it is unfunded; with no reserve the rule is the
 * plain running total against the envelope. {@link RankingRepository} computes the same in SQL.
 */
public final class ReserveFirst {

    /** Money: what the share is rounded to (half up), in SQL as here. */
    public static final int SCALE = 2;

    private ReserveFirst() {}

    /**
     * A track's share of the year's reserve: reserve × envelope / all envelopes of the year, rounded to the cent and
     * never more than the track's envelope; 0 when the year has no envelopes.
     */
    public static BigDecimal share(BigDecimal reserve, BigDecimal envelope, BigDecimal envelopes) {
        if (envelopes.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return reserve.multiply(envelope)
                .divide(envelopes, SCALE, RoundingMode.HALF_UP)
                .min(envelope);
    }

    /** Whether an item is funded, given the running totals down to and including it. */
    public static boolean funded(
            BigDecimal envelope, BigDecimal share, BigDecimal otherSoFar, BigDecimal redesignSoFar) {
        return otherSoFar.add(redesignSoFar.max(share)).compareTo(envelope) <= 0;
    }

    /** One item of a ranking, in ranking order: its planned budget of the year and whether it is a redesign item. */
    public record Line(BigDecimal planned, boolean redesign) {}

    /** The index (0 = top) of the first unfunded line, or -1 when all are funded. */
    public static int firstUnfunded(BigDecimal envelope, BigDecimal share, List<Line> lines) {
        var other = BigDecimal.ZERO;
        var redesign = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.redesign()) {
                redesign = redesign.add(line.planned());
            } else {
                other = other.add(line.planned());
            }
            if (!funded(envelope, share, other, redesign)) {
                return i;
            }
        }
        return -1;
    }
}
