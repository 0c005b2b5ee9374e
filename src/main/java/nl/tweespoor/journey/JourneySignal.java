package nl.tweespoor.journey;

/**
 * Where the money and the intent part ways. Both are computed in SQL ({@code JourneySignalSql}); an item on a journey
 * with a signal carries it into the review agenda's evidence and the board pack.
 */
public enum JourneySignal {
    /** Intent REDESIGN, but no REDESIGN item on the journey is active or has money planned this year or later. */
    REDESIGN_UNFUNDED,
    /** Intent EXHAUSTED, yet money is planned this year on open OPTIMISE items on it. */
    EXHAUSTED_POLISHED
}
