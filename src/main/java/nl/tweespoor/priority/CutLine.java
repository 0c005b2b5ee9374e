package nl.tweespoor.priority;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import org.jspecify.annotations.Nullable;

/**
 * Where a track's cut line falls in a year: the first item whose running total of planned budget passes the envelope,
 * redesign items drawing on the track's share of the redesign reserve first ({@link ReserveFirst}; {@code
 * firstUnfunded}, null when everything is funded). Planned budget is never negative, so the running totals only grow
 * and every item from that one down is unfunded: {@link CutLineSql#below} says so of an INITIATIVE row in
 * SQL, without ranking again. Compute it once per request ({@link PriorityService#cutLine}); it holds the weights it
 * was computed with, so the condition orders rows exactly as the ranking did.
 */
public record CutLine(
        Track track, int year, Weights weights, @Nullable FirstUnfunded firstUnfunded) {

    /**
     * The first unfunded item: its id, its position (1 = top) and the sort key it had in the ranking (rank null while
     * unranked, score null while unrated).
     */
    public record FirstUnfunded(
            long id,
            int position,
            @Nullable BigDecimal rank,
            @Nullable BigDecimal score) {}

    public boolean everythingFunded() {
        return firstUnfunded == null;
    }
}
