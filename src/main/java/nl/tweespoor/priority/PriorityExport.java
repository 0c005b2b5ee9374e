package nl.tweespoor.priority;

import static nl.tweespoor.export.Column.decimal;
import static nl.tweespoor.export.Column.eur;
import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.text;

import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.export.Layout;

/**
 * A track's ranking as a spreadsheet, the figures the priorities page shows: position, the item, its score, planned
 * budget this year, the running total down to it and whether it is funded (above the cut line) or not. The sheet is
 * named after the track.
 */
final class PriorityExport {

    private PriorityExport() {}

    /** The columns of a track's ranking; the sheet is named after the track. */
    static Layout<RankedItem> layout(Track track) {
        return Layout.of(
                "track." + track.name(),
                integer("priority.export.position", RankedItem::position),
                integer("review.item-id", RankedItem::id),
                text("field.title", RankedItem::title),
                label("field.stage", item -> "stage." + item.stage()),
                label("field.ambition", item -> "ambition." + item.ambition()),
                decimal("priority.score", RankedItem::score),
                eur("priority.planned-year", RankedItem::plannedThisYear),
                eur("priority.cumulative", RankedItem::cumulative),
                label("priority.funding", item -> item.funded() ? "priority.funded" : "flag.UNFUNDED"));
    }

    /** The file's name: ranking-personal, ranking-strategic. */
    static String list(Track track) {
        return "ranking-" + track.name().toLowerCase(Locale.ROOT);
    }
}
