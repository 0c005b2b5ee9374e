package nl.tweespoor.initiative;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.tweespoor.base.Track;

/** Where an item stands; experiments and programmes have their own stages and share STOPPED. */
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

    private final Set<Track> tracks;

    Stage(Track... tracks) {
        this.tracks = Set.of(tracks);
    }

    public boolean belongsTo(Track track) {
        return tracks.contains(track);
    }

    public static List<Stage> of(Track track) {
        return Arrays.stream(values()).filter(stage -> stage.belongsTo(track)).toList();
    }

    /** The stage a new proposal starts in. */
    public static Stage initial(Track track) {
        return track == Track.PERSONAL ? PROPOSED : IDEA;
    }
}
