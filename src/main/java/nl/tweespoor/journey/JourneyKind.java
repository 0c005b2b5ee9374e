package nl.tweespoor.journey;

/** What a journey is: a route a customer walks, or a chain of work inside the organisation. */
public enum JourneyKind {
    CUSTOMER_JOURNEY,
    INTERNAL_CHAIN
}
