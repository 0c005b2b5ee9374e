package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.Track;

/**
 * A track's ranking for a year against its envelope; items below the cut line are UNFUNDED. {@code version} is the
 * version of the track's order: a reorder names it, and one made against an older order is refused.
 */
public record Ranking(Track track, int year, BigDecimal envelope, List<RankedItem> items, int version) {

    public long unfundedCount() {
        return items.stream().filter(item -> !item.funded()).count();
    }
}
