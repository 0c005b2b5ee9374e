package nl.tweespoor.journey;

/**
 * What leaders mean to do with a journey in the next three years: rebuild it with AI as the starting point (by a year),
 * keep improving it, or leave it be because it is exhausted and will be replaced ("uitontwikkeld").
 */
public enum JourneyIntent {
    REDESIGN,
    OPTIMISE,
    EXHAUSTED
}
