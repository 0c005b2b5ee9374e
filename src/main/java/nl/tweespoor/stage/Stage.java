package nl.tweespoor.stage;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;

/**
 * Where an item stands; experiments and programmes have their own stages and share STOPPED. Every feature that
 * counts, ranks or flags items asks which stages are active or open, so the stages live here, below the features.
 */
public enum Stage {
    PROPOSED(Track.PERSONAL),
    RUNNING(Track.PERSONAL),
    CONCLUDED(Track.PERSONAL),
    PROMOTED(Track.PERSONAL),
    IDEA(Track.STRATEGIC),
    DISCOVERY(Track.STRATEGIC),
    PILOT(Track.STRATEGIC),
    SCALE(Track.STRATEGIC),
    RUN(Track.STRATEGIC),
    COMPLETED(Track.STRATEGIC),
    STOPPED(Track.PERSONAL, Track.STRATEGIC);

    // The sets iterate in the enum's order, so a query's `stage in (…)` binds its values in one stable order.

    /** PRODUCT.md §4 "active": experiments RUNNING; programmes DISCOVERY, PILOT, SCALE or RUN. */
    public static final Set<Stage> ACTIVE =
            Collections.unmodifiableSet(EnumSet.of(RUNNING, DISCOVERY, PILOT, SCALE, RUN));

    /** Under way or still proposed: not finished, stopped or promoted. */
    public static final Set<Stage> OPEN =
            Collections.unmodifiableSet(EnumSet.of(PROPOSED, IDEA, RUNNING, DISCOVERY, PILOT, SCALE, RUN));

    /** Proposed and not started yet. */
    public static final Set<Stage> PROPOSALS = Collections.unmodifiableSet(EnumSet.of(PROPOSED, IDEA));

    /** Finished one way or another. */
    public static final Set<Stage> ENDED =
            Collections.unmodifiableSet(EnumSet.of(CONCLUDED, PROMOTED, COMPLETED, STOPPED));

    private final Set<Track> tracks;

    Stage(Track... tracks) {
        this.tracks = Set.of(tracks);
    }

    public boolean belongsTo(Track track) {
        return tracks.contains(track);
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public static List<Stage> of(Track track) {
        return Arrays.stream(values()).filter(stage -> stage.belongsTo(track)).toList();
    }

    /** The stage a new proposal starts in. */
    public static Stage initial(Track track) {
        return track == Track.PERSONAL ? PROPOSED : IDEA;
    }
}
