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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.priority.RankedItem;
import nl.tweespoor.priority.Ranking;

/**
 * A track's ranking: leaders reorder by drag and drop or with the up/down buttons (keyboard). Each reorder carries the
 * version of the ranking shown, so one made on a stale view is refused.
 */
class RankingGrid extends Grid<RankedItem> {

    private final Track track;
    private RankedItem dragged;
    private List<RankedItem> items = List.of();
    private int version;

    RankingGrid(Track track, boolean leader, BiConsumer<List<Long>, Integer> onReorder, Consumer<RankedItem> onRate,
            Set<Long> whatIfSelection) {
        this.track = track;
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("priority.ranking-of", getTranslation("track." + track.name())));
        setId("ranking-" + track.name().toLowerCase());
        addColumn(item -> items.indexOf(item) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(item -> new Anchor((track == Track.PERSONAL ? "experiments/" : "programmes/") + item.id(),
                item.title())).setHeader(getTranslation("field.title")).setFlexGrow(1);
        addColumn(item -> item.score() == null ? getTranslation("priority.unrated")
                : Formats.number(item.score(), getLocale())).setHeader(getTranslation("priority.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(item -> Formats.euros(item.plannedThisYear(), getLocale()))
                .setHeader(getTranslation("priority.planned-year")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(item -> Formats.euros(item.cumulative(), getLocale()))
                .setHeader(getTranslation("priority.cumulative")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(item -> item.funded() ? Badges.of(getTranslation("priority.funded"), "strong")
                : Badges.of(getTranslation("flag.UNFUNDED"), "stopped"))
                .setHeader(getTranslation("priority.funding")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(item -> {
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
        }).setHeader(getTranslation("priority.whatif-column")).setAutoWidth(true).setFlexGrow(0);
        if (leader) {
            addComponentColumn(item -> actions(item, onReorder, onRate)).setHeader(getTranslation("priority.move"))
                    .setAutoWidth(true).setFlexGrow(0);
            setRowsDraggable(true);
            setDropMode(GridDropMode.BETWEEN);
            addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
            addDragEndListener(e -> dragged = null);
            addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
                if (dragged == null || dragged.equals(target)) {
                    return;
                }
                var order = new ArrayList<>(items);
                order.remove(dragged);
                int index = order.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                order.add(index, dragged);
                onReorder.accept(order.stream().map(RankedItem::id).toList(), version);
            }));
        }
    }

    private HorizontalLayout actions(RankedItem item, BiConsumer<List<Long>, Integer> onReorder,
            Consumer<RankedItem> onRate) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(item, -1, onReorder));
        up.setAriaLabel(getTranslation("priority.move-up", item.title()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(item, 1, onReorder));
        down.setAriaLabel(getTranslation("priority.move-down", item.title()));
        var rate = new Button(getTranslation("priority.rate"), e -> onRate.accept(item));
        for (var button : List.of(up, down, rate)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        }
        up.setEnabled(items.indexOf(item) > 0);
        down.setEnabled(items.indexOf(item) < items.size() - 1);
        var row = new HorizontalLayout(up, down, rate);
        row.setSpacing(false);
        return row;
    }

    private void move(RankedItem item, int delta, BiConsumer<List<Long>, Integer> onReorder) {
        var order = new ArrayList<>(items);
        int from = order.indexOf(item);
        int to = from + delta;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.remove(from);
        order.add(to, item);
        onReorder.accept(order.stream().map(RankedItem::id).toList(), version);
    }

    void show(Ranking ranking) {
        items = ranking.items();
        version = ranking.version();
        setItems(items);
    }

    int shownVersion() {
        return version;
    }

    Track track() {
        return track;
    }
}
