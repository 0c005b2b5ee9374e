package nl.tweespoor.priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks down a ranking adding up each item's planned budget of the year: an item is funded while the running total,
 * itself included, stays within the envelope. Plain Java so the boundaries are easy to test.
 */
final class CutLine {

    private CutLine() {
    }

    static List<RankedItem> apply(List<RankedItem> ranked, BigDecimal envelope) {
        var result = new ArrayList<RankedItem>();
        var cumulative = BigDecimal.ZERO;
        for (var item : ranked) {
            cumulative = cumulative.add(item.plannedThisYear());
            boolean funded = cumulative.compareTo(envelope) <= 0;
            result.add(new RankedItem(item.id(), item.title(), item.stage(), item.ambition(), item.rank(),
                    item.score(), item.plannedThisYear(), cumulative, funded, item.version()));
        }
        return result;
    }
}
