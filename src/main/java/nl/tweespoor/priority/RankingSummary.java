package nl.tweespoor.priority;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;

/**
 * What the priorities page shows above a track's grid, read in one cheap statement (no ranking): how many open items
 * the ranking holds, the envelope of the year, the track's share of the year's redesign reserve ({@link ReserveFirst#share}: redesign items
 * draw on it first, other items never) and the version of the order. A move names that version; one made
 * against an older order is refused. Where the cut line falls shows on the rows themselves.
 */
public record RankingSummary(
        Track track, int year, BigDecimal envelope, BigDecimal reserveShare, int count, int version) {}
