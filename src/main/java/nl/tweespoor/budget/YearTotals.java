package nl.tweespoor.budget;

import java.util.List;
import nl.tweespoor.base.Track;

/**
 * A year's budget per track (with its envelope and the envelope row's version, 0 when none is stored) and the
 * redesign balance: what the dashboard and the top of the budget page show, from one statement.
 */
public record YearTotals(int year, List<TrackTotal> trackTotals, Balance balance, int settingsVersion) {

    public YearTotals {
        trackTotals = List.copyOf(trackTotals);
    }

    /** The tracks in their fixed order, as roll-ups. */
    public List<Rollup> tracks() {
        return trackTotals.stream().map(TrackTotal::rollup).toList();
    }

    public int envelopeVersion(Track track) {
        return trackTotals.stream()
                .filter(t -> t.track() == track)
                .findFirst()
                .map(TrackTotal::envelopeVersion)
                .orElse(0);
    }

    /** One track's planned, actual and envelope of the year. */
    public record TrackTotal(Track track, Rollup rollup, int envelopeVersion) {}
}
