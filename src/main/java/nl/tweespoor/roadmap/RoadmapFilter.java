package nl.tweespoor.roadmap;

import nl.tweespoor.base.Quarter;

/** The quarters shown and what the user narrowed the roadmap to; null filters mean "any". */
public record RoadmapFilter(
        Quarter from, Quarter to, Long departmentId, Long goalId, String layer, String ambition, String stage) {}
