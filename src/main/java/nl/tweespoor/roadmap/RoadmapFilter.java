package nl.tweespoor.roadmap;

import nl.tweespoor.base.Quarter;
import org.jspecify.annotations.Nullable;

/** The quarters shown and what the user narrowed the roadmap to; null filters mean "any". */
public record RoadmapFilter(
        Quarter from,
        Quarter to,
        @Nullable Long departmentId,
        @Nullable Long goalId,
        @Nullable String layer,
        @Nullable String ambition,
        @Nullable String stage) {}
