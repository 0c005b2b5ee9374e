package nl.tweespoor.roadmap;

import java.util.List;

/** The items in view, and whether more matched than are shown. */
public record Roadmap(List<RoadmapItem> items, boolean truncated) {
}
