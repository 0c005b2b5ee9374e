package nl.tweespoor.priority;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;

/**
 * What the priorities page shows above a track's grid, read in one cheap statement (no ranking): how many open items
 * the ranking holds, the envelope of the year and the version of the order. A move names that version; one made
 * against an older order is refused. Where the cut line falls shows on the rows themselves.
 */
public record RankingSummary(Track track, int year, BigDecimal envelope, int count, int version) {}
