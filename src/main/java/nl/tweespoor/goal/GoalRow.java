package nl.tweespoor.goal;

import java.math.BigDecimal;
import java.util.List;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A strategic goal with how many programmes serve it and their planned budget in total, and the first
 * {@link #SHOWN_PROGRAMMES} of those programmes by title; beside them the experiments exploring it (naming the goal, or
 * a programme that serves it), counted, the first {@link #SHOWN_EXPERIMENTS} by title.
 */
public record GoalRow(
        long id,
        String title,
        @Nullable String description,
        int horizonYear,
        int version,
        int programmeCount,
        BigDecimal plannedBudget,
        List<ServingProgramme> programmes,
        int experimentCount,
        List<ExploringExperiment> experiments) {

    /** How many serving programmes a goal's row lists; the rest are counted. */
    public static final int SHOWN_PROGRAMMES = 10;

    /** How many exploring experiments a goal's row lists; the rest are counted. */
    public static final int SHOWN_EXPERIMENTS = 10;

    /** How many exploring experiments the row counts but does not list. */
    public int experimentsNotShown() {
        return experimentCount - experiments.size();
    }

    /** How many serving programmes the row counts but does not list. */
    public int notShown() {
        return programmeCount - programmes.size();
    }

    public record ExploringExperiment(long id, String title, Stage stage) {}

    public record ServingProgramme(long id, String title, Stage stage, BigDecimal plannedBudget) {}
}
