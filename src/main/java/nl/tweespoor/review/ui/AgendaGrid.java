package nl.tweespoor.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.function.Consumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.review.AgendaFilter;
import nl.tweespoor.review.AgendaRow;
import nl.tweespoor.review.AgendaService;
import nl.tweespoor.status.Flag;
import nl.tweespoor.status.ui.SignalBadges;

/**
 * The agenda as a lazy grid, paged through the database, flagged items first, with its filters. Choosing a row (click,
 * or arrow keys and Space) tells the listener; a saved decision refreshes that row only.
 */
class AgendaGrid extends Grid<AgendaRow> {

    private final ComboBox<Track> track = new ComboBox<>();
    private final ComboBox<Flag> flag = new ComboBox<>();
    private final ComboBox<Boolean> decided = new ComboBox<>();
    private final CallbackDataProvider<AgendaRow, Void> rows;
    private final AgendaService agenda;
    private final long reviewId;

    AgendaGrid(AgendaService agenda, long reviewId, Consumer<AgendaRow> chosen) {
        this.agenda = agenda;
        this.reviewId = reviewId;
        addColumn(AgendaRow::title)
                .setHeader(getTranslation("review.item"))
                .setFlexGrow(1)
                .setWidth("14rem");
        addColumn(r -> getTranslation("track." + r.track().name()))
                .setHeader(getTranslation("budget.track"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> getTranslation("stage." + r.stage()))
                .setHeader(getTranslation("field.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(SignalBadges.renderer(AgendaRow::signals, this::getTranslation))
                .setHeader(getTranslation("review.flags"))
                .setWidth("12rem")
                .setFlexGrow(0);
        addColumn(r -> r.decision() == null
                        ? getTranslation("value.none")
                        : getTranslation("decision." + r.decision().name()))
                .setHeader(getTranslation("review.decision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        setPartNameGenerator(r -> r.decision() != null ? "decided" : null);
        rows = new CallbackDataProvider<>(
                q -> agenda.page(reviewId, filter(), q.getOffset(), q.getLimit()).stream(),
                q -> agenda.count(reviewId, filter()),
                AgendaRow::initiativeId);
        setItems(rows);
        setSelectionMode(SelectionMode.SINGLE);
        ((GridSingleSelectionModel<AgendaRow>) getSelectionModel()).setDeselectAllowed(false);
        asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosen.accept(e.getValue());
            }
        });
        setAriaLabel(getTranslation("review.agenda"));
        setId("agenda");
        setHeight("36rem");
    }

    HorizontalLayout filters() {
        track.setLabel(getTranslation("budget.track"));
        track.setItems(Track.values());
        track.setItemLabelGenerator(t -> getTranslation("track." + t.name()));
        track.setId("agenda-track");
        flag.setLabel(getTranslation("review.flag"));
        flag.setItems(Flag.values());
        flag.setItemLabelGenerator(f -> getTranslation("flag." + f.name()));
        flag.setId("agenda-flag");
        decided.setLabel(getTranslation("review.decided-filter"));
        decided.setItems(Boolean.FALSE, Boolean.TRUE);
        decided.setItemLabelGenerator(d -> getTranslation(d ? "review.decided-yes" : "review.decided-no"));
        decided.setId("agenda-decided");
        for (var box : new ComboBox<?>[] {track, flag, decided}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> rows.refreshAll());
        }
        var row = new HorizontalLayout(track, flag, decided);
        row.setWrap(true);
        return row;
    }

    /** Shows the row afresh (its decision, its flags) without reloading the rest of the agenda. */
    void refresh(long initiativeId) {
        agenda.row(reviewId, initiativeId).ifPresent(rows::refreshItem);
    }

    void refreshAll() {
        rows.refreshAll();
    }

    private AgendaFilter filter() {
        return new AgendaFilter(track.getValue(), flag.getValue(), decided.getValue());
    }
}
