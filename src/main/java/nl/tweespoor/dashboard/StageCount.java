package nl.tweespoor.dashboard;

import nl.tweespoor.base.Track;

/** How many items of a track stand in a stage. */
public record StageCount(Track track, String stage, int count) {}
