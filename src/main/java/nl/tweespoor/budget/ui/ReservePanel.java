package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.budget.Reserve;
import nl.tweespoor.budget.ReserveOverride;
import nl.tweespoor.budget.ReserveService;

/**
 * The year's redesign reserve: what it holds, what redesign items use of it, what is still free and what optimising
 * may still plan; for leaders the amount to set (or a share of the envelopes that converts to it), saved against the
 * version shown; and the overrides that let an optimise plan through past it, a page at a time.
 */
class ReservePanel extends Div {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReserveService service;
    private final Runnable saved;
    private Reserve reserve;

    /**
     * @param saved shows the page afresh after the reserve was saved
     */
    ReservePanel(ReserveService service, int year, boolean mayPlan, Runnable saved) {
        this.service = service;
        this.saved = saved;
        this.reserve = service.reserve(year);
        setId("reserve");
        addClassName("reserve-panel");
        add(new H2(getTranslation("reserve.heading", year)), figures());
        if (reserve.amount().signum() == 0) {
            add(new Paragraph(getTranslation("reserve.none", year)));
        }
        if (mayPlan) {
            add(editor());
        }
        add(new H3(getTranslation("reserve.overrides", reserve.overrides())), overrides());
    }

    private DescriptionList figures() {
        var list = new DescriptionList();
        list.addClassName("reserve-figures");
        list.setId("reserve-figures");
        figure(list, "reserve.amount", reserve.amount());
        figure(list, "reserve.used", reserve.usedByRedesign());
        figure(list, "reserve.free", reserve.free());
        figure(list, "reserve.optimise-room", reserve.optimiseRoom());
        figure(list, "reserve.envelopes", reserve.envelopes());
        return list;
    }

    private void figure(DescriptionList list, String key, BigDecimal amount) {
        list.add(
                new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(Formats.euros(amount, getLocale())));
    }

    private HorizontalLayout editor() {
        var amount = new BigDecimalField(getTranslation("reserve.field-amount", reserve.year()));
        amount.setValue(reserve.amount());
        amount.setPrefixComponent(new Span("€"));
        amount.setRequiredIndicatorVisible(true);
        amount.setId("reserve-amount");
        var share = new BigDecimalField(getTranslation("reserve.field-share"));
        share.setSuffixComponent(new Span("%"));
        share.setHelperText(getTranslation("reserve.share-help", Formats.euros(reserve.envelopes(), getLocale())));
        share.setId("reserve-share");
        share.setWidth("16rem");
        share.addValueChangeListener(e -> {
            var pct = e.getValue();
            if (pct == null) {
                share.setInvalid(false);
                return;
            }
            if (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
                share.setErrorMessage(getTranslation("reserve.share-invalid"));
                share.setInvalid(true);
                return;
            }
            share.setInvalid(false);
            amount.setValue(reserve.envelopes().multiply(pct).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        });
        var save = new Button(getTranslation("reserve.save"), e -> save(amount.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setId("reserve-save");
        var row = new HorizontalLayout(amount, share, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** A second leader who saves over a changed reserve is told what it is now and keeps the amount typed. */
    private void save(BigDecimal amount) {
        int version = reserve.version();
        boolean done = Actions.attempt(() -> service.setReserve(reserve.year(), amount, version), changed -> {
            reserve = service.reserve(reserve.year());
            var notification = Notification.show(
                    getTranslation("reserve.changed-meanwhile", Formats.euros(reserve.amount(), getLocale())),
                    8000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
        if (done) {
            Notification.show(getTranslation("reserve.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.run();
        }
    }

    private Div overrides() {
        int count = reserve.overrides();
        if (count == 0) {
            return new Div(new Paragraph(getTranslation("reserve.no-overrides")));
        }
        var grid = new Grid<ReserveOverride>();
        grid.addColumn(ReserveOverride::title)
                .setHeader(getTranslation("reserve.column.item"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(o -> Formats.euros(o.planned(), getLocale()))
                .setHeader(getTranslation("reserve.column.planned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.euros(o.roomLeft(), getLocale()))
                .setHeader(getTranslation("reserve.column.room"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(ReserveOverride::reason)
                .setHeader(getTranslation("reserve.column.reason"))
                .setWidth("20rem")
                .setFlexGrow(3);
        grid.addColumn(ReserveOverride::decidedBy)
                .setHeader(getTranslation("reserve.column.by"))
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.dateTime(o.decidedAt(), getLocale()))
                .setHeader(getTranslation("reserve.column.when"))
                .setAutoWidth(true);
        int year = reserve.year();
        grid.setItems(q -> service.overrides(year, q.getOffset(), q.getLimit()).stream(), q -> count);
        grid.setPageSize(25);
        grid.setHeight(count > 8 ? "22rem" : null);
        grid.setAllRowsVisible(count <= 8);
        grid.setAriaLabel(getTranslation("reserve.overrides", count));
        grid.setId("reserve-overrides");
        // a leader's reason is the point of an override: it wraps, never cut to its first words
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return new Div(grid);
    }
}
