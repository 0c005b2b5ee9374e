package nl.tweespoor.roadmap;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** One bar: an item from its start to its end quarter, in its lane and group. */
public record RoadmapItem(
        long id, Track track, String title, Stage stage, String startQuarter, String endQuarter, String group) {}
