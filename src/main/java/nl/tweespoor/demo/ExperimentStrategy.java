package nl.tweespoor.demo;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Experiments that say which strategic goal or programme they explore (issue 13), so the goals page, the roadmap
 * grouped by goal and the benefits per goal show the personal track feeding the strategy. Most experiments name
 * neither: the personal track stays light.
 */
final class ExperimentStrategy extends Chapter {

    ExperimentStrategy(Story story) {
        super(story);
    }

    @Override
    void tell() {
        explores("claims-summary", "claims48", "claims");
        explores("claims-photo", null, "claims");
        explores("claims-letters", "claims48", null);
        explores("chat-ks", "proactive", null);
        explores("mail-ks", "proactive", "routing");
        explores("report-fin", "cost", null);
        explores("fin-invoice", "cost", null);
        explores("ops-excel", "cost", null);
    }

    private void explores(String item, @Nullable String goal, @Nullable String programme) {
        db.update(INITIATIVE)
                .set(INITIATIVE.GOAL_ID, goal == null ? null : Objects.requireNonNull(goals.get(goal), goal))
                .set(
                        INITIATIVE.EXPLORES_PROGRAMME_ID,
                        programme == null ? null : Objects.requireNonNull(items.get(programme), programme))
                .where(INITIATIVE.ID.eq(Objects.requireNonNull(items.get(item), item)))
                .execute();
    }
}
