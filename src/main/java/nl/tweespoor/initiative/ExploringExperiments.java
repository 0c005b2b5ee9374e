package nl.tweespoor.initiative;

import java.util.List;
import nl.tweespoor.stage.Stage;

/** The experiments that explore one programme: how many, and the first {@link #SHOWN} of them by title. */
public record ExploringExperiments(int count, List<Experiment> shown) {

    /** How many exploring experiments a programme's page lists; the rest are counted. */
    public static final int SHOWN = 10;

    /** How many exploring experiments are counted but not listed. */
    public int notShown() {
        return count - shown.size();
    }

    public record Experiment(long id, String title, Stage stage) {}
}
