package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges.Badge;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.budget.Rollup;

/** A roll-up of the year, planned against actual: per track (with its envelope), per goal or per department. */
class RollupGrid extends Grid<Rollup> {

    /**
     * @param tracks rows of tracks, labelled with the track's translated name; otherwise a goal's or department's own
     */
    private RollupGrid(List<Rollup> rows, String labelKey, boolean tracks) {
        addColumn(r -> tracks ? getTranslation("track." + r.key()) : r.label())
                .setHeader(getTranslation(labelKey))
                .setFlexGrow(1);
        addColumn(r -> Formats.euros(r.planned(), getLocale()))
                .setHeader(getTranslation("budget.planned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(r -> Formats.euros(r.actual(), getLocale()))
                .setHeader(getTranslation("budget.actual"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // Roll-ups have one row per track, goal or department: short by nature.
        setItems(rows);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation(labelKey));
    }

    /** Per track, with its envelope and a badge where the plan passes it. */
    static RollupGrid perTrack(List<Rollup> tracks) {
        var grid = new RollupGrid(tracks, "budget.track", true);
        grid.addColumn(r -> Formats.euros(r.envelope(), grid.getLocale()))
                .setHeader(grid.getTranslation("budget.envelope"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(Cells.<Rollup>badge(r -> r.overEnvelope()
                        ? new Badge(grid.getTranslation("budget.over-envelope-badge"), "stopped")
                        : null))
                .setAutoWidth(true)
                .setHeader(grid.getTranslation("budget.flags"));
        grid.setId("budget-tracks");
        return grid;
    }

    /** Per goal or per department, with a badge where the actual passes the plan. */
    static RollupGrid perGroup(List<Rollup> rows, String labelKey) {
        var grid = new RollupGrid(rows, labelKey, false);
        grid.addColumn(Cells.<Rollup>badge(
                        r -> r.overBudget() ? new Badge(grid.getTranslation("flag.OVER_BUDGET"), "stopped") : null))
                .setAutoWidth(true)
                .setHeader(grid.getTranslation("budget.flags"));
        return grid;
    }
}
