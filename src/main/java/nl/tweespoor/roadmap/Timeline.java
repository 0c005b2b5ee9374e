package nl.tweespoor.roadmap;

import java.time.LocalDate;
import nl.tweespoor.base.Quarter;

/**
 * The roadmap's time axis: {@code quarters} columns from {@code from}. Where an item's bar starts and how far it
 * reaches (cut to the axis), and where today falls, as plain arithmetic the view only draws.
 */
public record Timeline(Quarter from, int quarters) {

    public Timeline {
        if (quarters < 1) {
            throw new IllegalArgumentException("a timeline has at least one quarter");
        }
    }

    public Quarter to() {
        return from.plus(quarters - 1);
    }

    /** The column (0 for the first quarter) where a bar from {@code start} begins on the axis. */
    public int firstColumn(Quarter start) {
        return from.until(start.compareTo(from) < 0 ? from : start);
    }

    /** How many columns a bar from {@code start} to {@code end} covers on the axis. */
    public int span(Quarter start, Quarter end) {
        var shownStart = start.compareTo(from) < 0 ? from : start;
        var shownEnd = end.compareTo(to()) > 0 ? to() : end;
        return shownStart.until(shownEnd) + 1;
    }

    /** Where {@code today} lies along the axis, 0 at its start and 1 at its end; outside 0…1 when off the axis. */
    public double position(LocalDate today) {
        var current = Quarter.of(today);
        return (from.until(current) + current.elapsedAt(today)) / quarters;
    }
}
