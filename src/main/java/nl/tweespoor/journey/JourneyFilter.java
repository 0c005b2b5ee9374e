package nl.tweespoor.journey;

import org.jspecify.annotations.Nullable;

/** The journey map's filters; null means any. */
public record JourneyFilter(
        @Nullable JourneyKind kind, @Nullable JourneyIntent intent) {

    public static final JourneyFilter ALL = new JourneyFilter(null, null);
}
