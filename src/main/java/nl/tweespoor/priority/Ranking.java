package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.base.Track;

/** A track's ranking for a year against its envelope; items below the cut line are UNFUNDED. */
public record Ranking(Track track, int year, BigDecimal envelope, List<RankedItem> items) {

    public long unfundedCount() {
        return items.stream().filter(item -> !item.funded()).count();
    }
}
