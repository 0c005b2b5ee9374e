package nl.tweespoor.journey;

import java.util.Set;

/** A journey with at least one signal. */
public record JourneyFlag(long id, String title, Set<JourneySignal> signals) {}
