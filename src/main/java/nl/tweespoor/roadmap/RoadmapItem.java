package nl.tweespoor.roadmap;

import nl.tweespoor.base.Track;

/** One bar: an item from its start to its end quarter, in its lane and group. */
public record RoadmapItem(
        long id, Track track, String title, String stage, String startQuarter, String endQuarter, String group) {}
