package nl.tweespoor.priority;

import java.math.BigDecimal;

/** One line of a track's ranking: its place, score, planned budget of the year, and whether it is funded. */
public record RankedItem(long id, String title, String stage, String ambition, Integer rank, BigDecimal score,
        BigDecimal plannedThisYear, BigDecimal cumulative, boolean funded, int version) {
}
