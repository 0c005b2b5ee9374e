package nl.tweespoor.roadmap;

import nl.tweespoor.base.Quarter;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The quarters shown and what the user narrowed the roadmap to; null filters mean "any". A goal filter matches an
 * experiment by the goal it explores (its own, else its programme's), as the grouping by goal does.
 */
public record RoadmapFilter(
        Quarter from,
        Quarter to,
        @Nullable Long departmentId,
        @Nullable Long goalId,
        @Nullable String layer,
        @Nullable String ambition,
        @Nullable Stage stage,
        ExperimentGrouping experimentsBy) {

    /** The roadmap with experiments grouped by department. */
    public RoadmapFilter(
            Quarter from,
            Quarter to,
            @Nullable Long departmentId,
            @Nullable Long goalId,
            @Nullable String layer,
            @Nullable String ambition,
            @Nullable Stage stage) {
        this(from, to, departmentId, goalId, layer, ambition, stage, ExperimentGrouping.DEPARTMENT);
    }

    /** Whether any filter besides the quarters and the grouping narrows the roadmap. */
    public boolean narrowed() {
        return departmentId != null || goalId != null || layer != null || ambition != null || stage != null;
    }
}
