package nl.tweespoor.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.tweespoor.audit.AuditFilter;
import nl.tweespoor.audit.AuditRow;
import nl.tweespoor.audit.AuditService;
import nl.tweespoor.audit.FieldChange;
import nl.tweespoor.base.i18n.Formats;

/** Every audit event, newest first, filterable; open one to see before and after side by side. */
@Route("audit")
@Menu(title = "menu.audit", order = 9, icon = "vaadin:file-text-o")
@RolesAllowed({"LEADER", "ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService service;
    private final TextField user = new TextField();
    private final TextField item = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Span count = new Span();

    public AuditView(AuditService service) {
        this.service = service;
        addClassName("list-view");
        setSizeFull();
        user.setLabel(getTranslation("audit.user"));
        item.setLabel(getTranslation("review.item"));
        for (var field : new TextField[] {user, item}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(service.kinds());
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        count.addClassName("result-count");
        count.setId("audit-count");
        var filters = new HorizontalLayout(user, item, kind, from, to, count);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::kind).setHeader(getTranslation("audit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::summary).setHeader(getTranslation("audit.what")).setFlexGrow(1);
        grid.setItems(q -> service.page(filter(), q.getOffset(), q.getLimit()).stream(), q -> {
            int total = service.count(filter());
            count.setText(getTranslation("audit.count", total));
            return total;
        });
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::changes));
        grid.setDetailsVisibleOnClick(true);
        grid.setAriaLabel(getTranslation("menu.audit"));
        grid.setId("audit-grid");
        grid.setSizeFull();
        add(filters, grid);
    }

    /** Before and after side by side; changed fields stand out. */
    private Div changes(AuditRow row) {
        var table = new Div();
        table.addClassName("audit-changes");
        table.add(head(getTranslation("audit.field")), head(getTranslation("audit.before")),
                head(getTranslation("audit.after")));
        for (FieldChange change : service.changes(row.id())) {
            var kindClass = change.changed() ? "changed" : "same";
            table.add(cell(change.field(), kindClass), cell(change.before(), kindClass), cell(change.after(), kindClass));
        }
        return table;
    }

    private static Span head(String text) {
        var span = new Span(text);
        span.addClassName("audit-head");
        return span;
    }

    private Span cell(String text, String kindClass) {
        var span = new Span(text == null ? getTranslation("value.none") : text);
        span.addClassName("audit-" + kindClass);
        return span;
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), item.getValue(), kind.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
