package nl.tweespoor.budget;

import static nl.tweespoor.export.Column.eur;
import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.text;

import java.math.BigDecimal;
import nl.tweespoor.base.Track;
import nl.tweespoor.export.Layout;
import org.jspecify.annotations.Nullable;

/**
 * The budget page as two spreadsheets (a csv holds one table, so they are two downloads): the year's roll-ups per
 * track, goal and department, and the year's lines per item and quarter.
 */
final class BudgetExport {

    /** One roll-up row: which grouping (a translation key), the group's name, planned, actual and envelope. */
    record RollupRow(
            String groupKey,
            String name,
            BigDecimal planned,
            BigDecimal actual,
            @Nullable BigDecimal envelope) {}

    /** One stored budget line of the year, with the item it belongs to. */
    record LineRow(
            long itemId,
            String title,
            Track track,
            String department,
            @Nullable String goal,
            String quarter,
            BigDecimal planned,
            BigDecimal actual) {}

    static final Layout<RollupRow> ROLLUPS = Layout.of(
            "budget.export.rollups",
            label("budget.export.group", RollupRow::groupKey),
            text("budget.export.name", RollupRow::name),
            eur("budget.planned", RollupRow::planned),
            eur("budget.actual", RollupRow::actual),
            eur("budget.envelope", RollupRow::envelope));

    static final Layout<LineRow> LINES = Layout.of(
            "budget.export.lines",
            integer("review.item-id", LineRow::itemId),
            text("field.title", LineRow::title),
            label("budget.track", row -> "track." + row.track()),
            text("field.department", LineRow::department),
            text("field.goal", LineRow::goal),
            text("budget.quarter", LineRow::quarter),
            eur("budget.planned", LineRow::planned),
            eur("budget.actual", LineRow::actual));

    private BudgetExport() {}
}
