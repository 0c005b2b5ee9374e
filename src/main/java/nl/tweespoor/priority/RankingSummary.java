package nl.tweespoor.priority;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;

/**
 * What the priorities page shows above a track's grid, read in one statement: how many open items the ranking holds,
 * the envelope of the year, the position of the first unfunded item (null when all are funded) and the version of the
 * order. A move names that version; one made against an older order is refused.
 */
public record RankingSummary(Track track, int year, BigDecimal envelope, int count, int version,
        Integer firstUnfundedPosition) {
}
