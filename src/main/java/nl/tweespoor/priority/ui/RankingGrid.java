package nl.tweespoor.priority.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingSummary;
import org.jspecify.annotations.Nullable;

/**
 * A track's ranking, lazy: the grid fetches the rows in view a page at a time, each with its position, running total
 * and cut line computed in SQL. Leaders move an item by drag and drop, with the up/down buttons (keyboard) or to a
 * position they type. Each move carries the version of the ranking shown, so one made on a stale view is refused.
 */
class RankingGrid extends Grid<RankedItem> {

    /** Fetches rows {@code offset} to {@code offset + limit} of the ranking. */
    interface Rows {
        List<RankedItem> fetch(int offset, int limit);
    }

    /** What a leader's move asks for, with the version of the ranking shown. */
    interface Mover {
        void toPosition(RankedItem item, int position, int version);

        void nextTo(RankedItem item, RankedItem target, boolean below, int version);
    }

    private final Track track;
    private final Rows rows;
    private @Nullable RankedItem dragged;
    private @Nullable RankingSummary shown;

    RankingGrid(
            Track track,
            boolean leader,
            Rows rows,
            Mover mover,
            Consumer<RankedItem> onRate,
            Set<Long> whatIfSelection) {
        this.track = track;
        this.rows = rows;
        setHeight("30rem");
        setAriaLabel(getTranslation("priority.ranking-of", getTranslation("track." + track.name())));
        setId("ranking-" + track.name().toLowerCase());
        // Fixed widths, not auto width: a lazy grid measures only the first rows, and position 4,000 or a running
        // total of millions comes later.
        addColumn(RankedItem::position).setHeader("#").setWidth("4rem").setFlexGrow(0);
        // The title attribute shows the whole title where the column cuts it.
        addColumn(LitRenderer.<RankedItem>of("<a href=\"${item.href}\" title=\"${item.title}\">${item.title}</a>")
                        .withProperty("href", item -> track.itemPath(item.id()))
                        .withProperty("title", RankedItem::title))
                .setHeader(getTranslation("field.title"))
                .setWidth("14rem")
                .setFlexGrow(1);
        addColumn(item -> item.score() == null
                        ? getTranslation("priority.unrated")
                        : Formats.number(item.score(), getLocale()))
                .setHeader(getTranslation("priority.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        addColumn(item -> Formats.euros(item.plannedThisYear(), getLocale()))
                .setHeader(getTranslation("priority.planned-year"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("9.5rem")
                .setFlexGrow(0);
        addColumn(item -> Formats.euros(item.cumulative(), getLocale()))
                .setHeader(getTranslation("priority.cumulative"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        // Lit renderers, not components: a page of rows costs its data only, not a component tree per cell.
        addColumn(LitRenderer.<RankedItem>of("<span class=\"badge ${item.tone}\">${item.funding}</span>")
                        .withProperty("tone", item -> item.funded() ? "badge-strong" : "badge-stopped")
                        .withProperty(
                                "funding", item -> getTranslation(item.funded() ? "priority.funded" : "flag.UNFUNDED")))
                .setHeader(getTranslation("priority.funding"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        addColumn(whatIfBox(whatIfSelection))
                .setHeader(getTranslation("priority.whatif-column"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        if (leader) {
            // A fixed width: a lazy grid would size an automatic column from its first rows only.
            addColumn(actions(mover, onRate))
                    .setHeader(getTranslation("priority.move"))
                    .setWidth("10rem")
                    .setFlexGrow(0);
            setRowsDraggable(true);
            setDropMode(GridDropMode.BETWEEN);
            addDragStartListener(e -> dragged =
                    e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
            addDragEndListener(e -> dragged = null);
            addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
                var moving = dragged;
                if (moving != null && moving.id() != target.id()) {
                    mover.nextTo(moving, target, e.getDropLocation() == GridDropLocation.BELOW, shown().version());
                }
            }));
        }
    }

    /** "What if this one stops": ticked rows are kept in {@code whatIfSelection} (change events are the user's). */
    private LitRenderer<RankedItem> whatIfBox(Set<Long> whatIfSelection) {
        return LitRenderer.<RankedItem>of(
                        "<vaadin-checkbox .accessibleName=\"${item.label}\" .checked=\"${item.ticked}\""
                                + " @change=\"${e => toggle(e.target.checked)}\"></vaadin-checkbox>")
                .withProperty("label", item -> getTranslation("priority.whatif-stop", item.title()))
                .withProperty("ticked", item -> whatIfSelection.contains(item.id()))
                .withFunction("toggle", (item, args) -> {
                    if (args.get(0).asBoolean()) {
                        whatIfSelection.add(item.id());
                    } else {
                        whatIfSelection.remove(item.id());
                    }
                });
    }

    /** Up, down, "move to position…" and "rate", each with a label that names the item. */
    private LitRenderer<RankedItem> actions(Mover mover, Consumer<RankedItem> onRate) {
        // Icon buttons, each named for its item (aria-label) and explained on hover (title): four text buttons took
        // so much room that the titles were cut to a dozen characters.
        String button = "<vaadin-button theme=\"tertiary-inline small icon\"";
        return LitRenderer.<RankedItem>of("<div class=\"rank-actions\">"
                        + button
                        + " aria-label=\"${item.upLabel}\" title=\"${item.upLabel}\" ?disabled=\"${item.first}\""
                        + " @click=\"${up}\"><vaadin-icon icon=\"vaadin:arrow-up\"></vaadin-icon></vaadin-button>"
                        + button + " aria-label=\"${item.downLabel}\" title=\"${item.downLabel}\""
                        + " ?disabled=\"${item.last}\" @click=\"${down}\">"
                        + "<vaadin-icon icon=\"vaadin:arrow-down\"></vaadin-icon></vaadin-button>"
                        + button + " aria-label=\"${item.toLabel}\" title=\"${item.toLabel}\" @click=\"${moveTo}\">"
                        + "<vaadin-icon icon=\"vaadin:arrows-long-v\"></vaadin-icon></vaadin-button>"
                        + button + " aria-label=\"${item.rateLabel}\" title=\"${item.rateLabel}\" @click=\"${rate}\">"
                        + "<vaadin-icon icon=\"vaadin:star-o\"></vaadin-icon></vaadin-button></div>")
                .withProperty("upLabel", item -> getTranslation("priority.move-up", item.title()))
                .withProperty("downLabel", item -> getTranslation("priority.move-down", item.title()))
                .withProperty("toLabel", item -> getTranslation("priority.move-to-label", item.title()))
                .withProperty("rateLabel", item -> getTranslation("priority.rate-label", item.title()))
                .withProperty("first", item -> item.position() <= 1)
                .withProperty("last", item -> item.position() >= shown().count())
                .withFunction("up", item -> mover.toPosition(item, item.position() - 1, shown().version()))
                .withFunction("down", item -> mover.toPosition(item, item.position() + 1, shown().version()))
                .withFunction(
                        "moveTo",
                        item -> new MoveToPositionDialog(
                                        item,
                                        shown().count(),
                                        position -> mover.toPosition(item, position, shown().version()))
                                .open())
                .withFunction("rate", onRate::accept);
    }

    /** Shows the ranking anew: the count and version of {@code summary}, the rows fetched as they come into view. */
    void show(RankingSummary summary) {
        shown = summary;
        setItems(query -> rows.fetch(query.getOffset(), query.getLimit()).stream(), query -> summary.count());
    }

    int shownVersion() {
        return shown().version();
    }

    /** The summary of the rows shown: {@link #show} gives the grid both at once, so there is one while rows are. */
    private RankingSummary shown() {
        return Objects.requireNonNull(shown, "no ranking shown yet");
    }

    Track track() {
        return track;
    }
}
