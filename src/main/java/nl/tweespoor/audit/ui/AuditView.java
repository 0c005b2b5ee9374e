package nl.tweespoor.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.tweespoor.audit.AuditCount;
import nl.tweespoor.audit.AuditFilter;
import nl.tweespoor.audit.AuditKey;
import nl.tweespoor.audit.AuditRow;
import nl.tweespoor.audit.AuditService;
import nl.tweespoor.audit.FieldChange;
import nl.tweespoor.base.KeysetPager;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.export.ui.ExportLinks;
import org.jspecify.annotations.Nullable;

/** Every audit event, newest first, filterable; open one to see before and after side by side. */
@Route("audit")
@Menu(title = "menu.audit", order = 9, icon = "vaadin:file-text-o")
@RolesAllowed({"LEADER", "ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService service;
    private final ComboBox<Option> user = new ComboBox<>();
    private final ComboBox<Option> item = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Span count = new Span();
    private final KeysetPager<AuditRow, AuditKey> pager = new KeysetPager<>(AuditRow::key);
    /** The filters as last applied, for a download (which runs in a request of its own). */
    private volatile AuditFilter applied = AuditFilter.none();

    public AuditView(AuditService service) {
        this.service = service;
        addClassName("list-view");
        setSizeFull();
        // Users and items are picked by id (the log's indexed columns), a page of choices at a time.
        user.setLabel(getTranslation("audit.user"));
        user.setItems(q -> service.users(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        user.setId("audit-user");
        item.setLabel(getTranslation("review.item"));
        item.setItems(q -> service.items(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        item.setId("audit-item");
        for (var picker : List.of(user, item)) {
            picker.setItemLabelGenerator(Option::label);
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(e -> refresh());
        }
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(service.kinds());
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        count.addClassName("result-count");
        count.setId("audit-count");
        var export =
                new ExportLinks("audit-log", (format, locale, out) -> service.export(applied, format, locale, out));
        var filters = new HorizontalLayout(user, item, kind, from, to, count, export);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actor)
                .setHeader(getTranslation("audit.user"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::kind)
                .setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::summary)
                .setHeader(getTranslation("audit.what"))
                .setFlexGrow(1);
        // Read by key, page after page; the grid's size is open-ended, so nothing counts every event.
        grid.setItems(q -> pager
                .fetch(q.getOffset(), q.getLimit(), (after, skip, limit) -> service.page(filter(), after, skip, limit))
                .stream());
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::changes));
        grid.setDetailsVisibleOnClick(true);
        grid.setAriaLabel(getTranslation("menu.audit"));
        grid.setId("audit-grid");
        grid.setSizeFull();
        add(filters, grid);
        showCount();
    }

    private void refresh() {
        applied = filter();
        pager.reset();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        var counted = service.count(filter());
        count.setText(
                counted.more()
                        ? getTranslation("audit.count-more", AuditCount.CAP)
                        : getTranslation("audit.count", counted.counted()));
    }

    /** Before and after side by side; changed fields stand out. */
    private Div changes(AuditRow row) {
        var table = new Div();
        table.addClassName("audit-changes");
        table.add(
                head(getTranslation("audit.field")),
                head(getTranslation("audit.before")),
                head(getTranslation("audit.after")));
        for (FieldChange change : service.changes(row.id())) {
            var kindClass = change.changed() ? "changed" : "same";
            table.add(
                    cell(change.field(), kindClass), cell(change.before(), kindClass), cell(change.after(), kindClass));
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
        return new AuditFilter(
                id(user.getValue()), id(item.getValue()), kind.getValue(), from.getValue(), to.getValue());
    }

    private static @Nullable Long id(@Nullable Option option) {
        return option == null ? null : option.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
