package nl.tweespoor.base;

import java.util.List;

/**
 * PRODUCT.md §4 "active": experiments RUNNING; programmes DISCOVERY, PILOT, SCALE or RUN. Stage names, because
 * the features that count active items query them as text. The two tracks' stage names do not overlap, so one list
 * serves both.
 */
public final class ActiveStages {

    /** Items under way. */
    public static final List<String> ACTIVE = List.of("RUNNING", "DISCOVERY", "PILOT", "SCALE", "RUN");
    /** Items under way or still proposed: not finished, stopped or promoted. */
    public static final List<String> OPEN =
            List.of("PROPOSED", "IDEA", "RUNNING", "DISCOVERY", "PILOT", "SCALE", "RUN");

    private ActiveStages() {}

    public static boolean isActive(String stage) {
        return ACTIVE.contains(stage);
    }
}
