package nl.tweespoor.initiative;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.MissingFieldsException;
import nl.tweespoor.base.Track;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;

/** Which stage moves exist and what each needs (PRODUCT.md §4); plain Java, testable without Spring. */
final class StageRules {

    private static final Map<Stage, Set<Stage>> EXPERIMENT_MOVES = Map.of(
            Stage.PROPOSED, EnumSet.of(Stage.RUNNING, Stage.STOPPED),
            Stage.RUNNING, EnumSet.of(Stage.CONCLUDED, Stage.STOPPED));

    private static final Map<Stage, Set<Stage>> PROGRAMME_MOVES = Map.of(
            Stage.IDEA, EnumSet.of(Stage.DISCOVERY, Stage.STOPPED),
            Stage.DISCOVERY, EnumSet.of(Stage.PILOT, Stage.STOPPED),
            Stage.PILOT, EnumSet.of(Stage.SCALE, Stage.STOPPED),
            Stage.SCALE, EnumSet.of(Stage.RUN, Stage.COMPLETED, Stage.STOPPED),
            Stage.RUN, EnumSet.of(Stage.COMPLETED, Stage.STOPPED));

    private StageRules() {}

    /** The stages an item may move to from where it stands (PROMOTED only through promotion). */
    static List<Stage> nextStages(Track track, Stage from) {
        var moves = track == Track.PERSONAL ? EXPERIMENT_MOVES : PROGRAMME_MOVES;
        return List.copyOf(moves.getOrDefault(from, Set.of()));
    }

    /** Refuses a move that does not exist or lacks what the target stage needs, saying exactly what. */
    static void check(Track track, Stage from, Stage to, InitiativeDraft item) {
        if (!nextStages(track, from).contains(to)) {
            throw new InvalidInputException("stage.move-not-allowed", "stage." + from.name(), "stage." + to.name());
        }
        var missing = new ArrayList<String>();
        if (track == Track.PERSONAL && to == Stage.RUNNING) {
            requireText(item.hypothesis(), "field.hypothesis", missing);
            requireText(item.leadName(), "field.lead", missing);
            if (item.departmentId() == null) {
                missing.add("field.department");
            }
            if (isBlank(item.startQuarter()) || isBlank(item.endQuarter())) {
                missing.add("field.timebox");
            }
            if (!missing.isEmpty()) {
                throw new MissingFieldsException("stage.missing-to-start", missing);
            }
        }
        if (track == Track.PERSONAL && to == Stage.CONCLUDED) {
            requireText(item.learnings(), "field.learnings", missing);
            if (item.hoursSavedPerWeek() == null && item.adoptionPct() == null && item.satisfaction() == null) {
                missing.add("field.outcome-measure");
            }
            if (!missing.isEmpty()) {
                throw new MissingFieldsException("stage.missing-to-conclude", missing);
            }
        }
    }

    private static void requireText(@Nullable String value, String fieldKey, List<String> missing) {
        if (isBlank(value)) {
            missing.add(fieldKey);
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
