package nl.tweespoor.journey;

import org.jspecify.annotations.Nullable;

/** A journey draft as it is stored, after {@link JourneyRules#valid}: what is required is there. */
record ValidJourney(
        String title,
        JourneyKind kind,
        @Nullable Long ownerId,
        @Nullable String description,
        JourneyIntent intent,
        @Nullable Integer redesignBy) {}
