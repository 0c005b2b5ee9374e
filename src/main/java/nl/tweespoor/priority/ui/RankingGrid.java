package nl.tweespoor.priority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.RankingSummary;

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
    private RankedItem dragged;
    private RankingSummary shown;

    RankingGrid(Track track, boolean leader, Rows rows, Mover mover, Consumer<RankedItem> onRate,
            Set<Long> whatIfSelection) {
        this.track = track;
        this.rows = rows;
        setHeight("30rem");
        setAriaLabel(getTranslation("priority.ranking-of", getTranslation("track." + track.name())));
        setId("ranking-" + track.name().toLowerCase());
        // Fixed widths, not auto width: a lazy grid measures only the first rows, and position 4,000 or a running
        // total of millions comes later.
        addColumn(RankedItem::position).setHeader("#").setWidth("4.5rem").setFlexGrow(0);
        addComponentColumn(item -> new Anchor((track == Track.PERSONAL ? "experiments/" : "programmes/") + item.id(),
                item.title())).setHeader(getTranslation("field.title")).setWidth("12rem").setFlexGrow(1);
        addColumn(item -> item.score() == null ? getTranslation("priority.unrated")
                : Formats.number(item.score(), getLocale())).setHeader(getTranslation("priority.score"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        addColumn(item -> Formats.euros(item.plannedThisYear(), getLocale()))
                .setHeader(getTranslation("priority.planned-year")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0);
        addColumn(item -> Formats.euros(item.cumulative(), getLocale()))
                .setHeader(getTranslation("priority.cumulative")).setTextAlign(ColumnTextAlign.END)
                .setWidth("9.5rem").setFlexGrow(0);
        addComponentColumn(item -> item.funded() ? Badges.of(getTranslation("priority.funded"), "strong")
                : Badges.of(getTranslation("flag.UNFUNDED"), "stopped"))
                .setHeader(getTranslation("priority.funding")).setWidth("10rem").setFlexGrow(0);
        addComponentColumn(item -> whatIfBox(item, whatIfSelection))
                .setHeader(getTranslation("priority.whatif-column")).setWidth("6.5rem").setFlexGrow(0);
        if (leader) {
            // A fixed width: a lazy grid would size an automatic column from its first rows only.
            addComponentColumn(item -> actions(item, mover, onRate)).setHeader(getTranslation("priority.move"))
                    .setWidth("17rem").setFlexGrow(0);
            setRowsDraggable(true);
            setDropMode(GridDropMode.BETWEEN);
            addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
            addDragEndListener(e -> dragged = null);
            addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
                if (dragged != null && dragged.id() != target.id()) {
                    mover.nextTo(dragged, target, e.getDropLocation() == GridDropLocation.BELOW, shown.version());
                }
            }));
        }
    }

    private Checkbox whatIfBox(RankedItem item, Set<Long> whatIfSelection) {
        var box = new Checkbox(whatIfSelection.contains(item.id()));
        box.setAriaLabel(getTranslation("priority.whatif-stop", item.title()));
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                whatIfSelection.add(item.id());
            } else {
                whatIfSelection.remove(item.id());
            }
        });
        return box;
    }

    private HorizontalLayout actions(RankedItem item, Mover mover, Consumer<RankedItem> onRate) {
        var up = new Button(VaadinIcon.ARROW_UP.create(),
                e -> mover.toPosition(item, item.position() - 1, shown.version()));
        up.setAriaLabel(getTranslation("priority.move-up", item.title()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(),
                e -> mover.toPosition(item, item.position() + 1, shown.version()));
        down.setAriaLabel(getTranslation("priority.move-down", item.title()));
        var to = new Button(getTranslation("priority.move-to"), e -> new MoveToPositionDialog(item, shown.count(),
                position -> mover.toPosition(item, position, shown.version())).open());
        to.setAriaLabel(getTranslation("priority.move-to-label", item.title()));
        var rate = new Button(getTranslation("priority.rate"), e -> onRate.accept(item));
        for (var button : List.of(up, down, to, rate)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        up.setEnabled(item.position() > 1);
        down.setEnabled(item.position() < shown.count());
        var row = new HorizontalLayout(up, down, to, rate);
        // Room between the two text buttons, so "Move to position…" and "Rate" do not read as one label.
        row.setSpacing(true);
        row.addClassName("rank-actions");
        return row;
    }

    /** Shows the ranking anew: the count and version of {@code summary}, the rows fetched as they come into view. */
    void show(RankingSummary summary) {
        shown = summary;
        setItems(query -> rows.fetch(query.getOffset(), query.getLimit()).stream(), query -> shown.count());
    }

    int shownVersion() {
        return shown.version();
    }

    Track track() {
        return track;
    }
}
