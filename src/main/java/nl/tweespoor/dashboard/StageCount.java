package nl.tweespoor.dashboard;

import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;

/** How many items of a track stand in a stage. */
public record StageCount(Track track, Stage stage, int count) {}
