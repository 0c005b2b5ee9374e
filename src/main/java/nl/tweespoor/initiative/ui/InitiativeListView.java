package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.export.ui.ExportLinks;
import nl.tweespoor.initiative.InitiativeFilter;
import nl.tweespoor.initiative.InitiativeRow;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.search.SearchService;
import nl.tweespoor.search.ui.SimilarDraftPanel;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.status.FlagService;
import nl.tweespoor.status.ItemSignals;
import nl.tweespoor.status.ui.SignalBadges;

/** A lazy, sortable, filterable list of one track's items. The grid pages through the database. */
abstract class InitiativeListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InitiativeService service;
    private final Track track;
    private final FlagService flags;
    private final SearchService searchService;
    private Map<Long, ItemSignals> signals = Map.of();
    private final Grid<InitiativeRow> grid = new Grid<>();
    private final Span count = new Span();
    private final TextField search = new TextField();
    private final ComboBox<Option> department = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final ComboBox<Option> owner = new ComboBox<>();
    /** The filters as last applied, for a download (which runs in a request of its own). */
    private volatile InitiativeFilter applied;

    protected InitiativeListView(
            InitiativeService service,
            DepartmentService departments,
            FlagService flags,
            SearchService search,
            Track track) {
        this.service = service;
        this.flags = flags;
        this.searchService = search;
        this.track = track;
        this.applied = InitiativeFilter.of(track);
        setSizeFull();
        addClassName("list-view");
        var departmentOptions = departments.activeDepartments();
        add(toolbar(departmentOptions, departments));
        configureGrid();
        add(grid);
    }

    protected abstract String detailRoute();

    /** A link such as /experiments?stage=RUNNING (from the dashboard) opens the list filtered. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("stage")
                .flatMap(name -> Stage.of(track).stream()
                        .filter(s -> s.name().equals(name))
                        .findFirst())
                .ifPresent(stage::setValue);
    }

    private HorizontalLayout toolbar(List<Option> departmentOptions, DepartmentService departments) {
        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder(getTranslation("filter.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("filter-search");

        department.setLabel(getTranslation("field.department"));
        department.setItems(departmentOptions);
        department.setItemLabelGenerator(Option::label);
        department.setClearButtonVisible(true);
        department.setId("filter-department");

        stage.setLabel(getTranslation("field.stage"));
        stage.setItems(Stage.of(track));
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stage.setClearButtonVisible(true);

        owner.setLabel(getTranslation(ownerLabel()));
        owner.setItems(service.owners(track));
        owner.setItemLabelGenerator(Option::label);
        owner.setClearButtonVisible(true);

        search.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());

        count.addClassName("result-count");
        count.setId("result-count");
        var export = new ExportLinks(
                track == Track.PERSONAL ? "experiments" : "programmes",
                (format, locale, out) -> service.export(applied, format, locale, out));
        var toolbar = new HorizontalLayout(search, department, stage, owner, count, export);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        if (service.mayPropose()) {
            // The form is built when asked for: most visits to the list never open it, and it is a large component.
            var create = new Button(
                    getTranslation(track == Track.PERSONAL ? "experiment.new" : "programme.new"),
                    VaadinIcon.PLUS.create(),
                    e -> new InitiativeFormDialog(
                                    service,
                                    track,
                                    departmentOptions,
                                    id -> getUI().ifPresent(ui -> ui.navigate(detailRoute() + "/" + id)))
                            .openForNew(new SimilarDraftPanel(searchService)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-item");
            var spacer = new Span();
            toolbar.addAndExpand(spacer);
            toolbar.add(create);
        }
        return toolbar;
    }

    /** Fixed widths rather than measured ones: measured on long texts, the status column ran off a 1440 px screen. */
    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getPageTitle());
        grid.addColumn(InitiativeRow::title)
                .setHeader(getTranslation("field.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(1)
                .setWidth("12rem")
                .setTooltipGenerator(InitiativeRow::title);
        grid.addColumn(InitiativeRow::department)
                .setHeader(getTranslation("field.department"))
                .setKey("department")
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(Badges.renderer(row -> List.of(StageBadge.badge(row.stage(), this::getTranslation))))
                .setHeader(getTranslation("field.stage"))
                .setKey("stage")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InitiativeRow::owner)
                .setHeader(getTranslation(ownerLabel()))
                .setKey("owner")
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(row -> quarters(row))
                .setHeader(getTranslation("field.timebox"))
                .setKey("startQuarter")
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(0);
        if (track == Track.PERSONAL) {
            grid.addColumn(InitiativeRow::toolVendor)
                    .setHeader(getTranslation("field.tool"))
                    .setKey("toolVendor")
                    .setTooltipGenerator(row -> Objects.requireNonNullElse(row.toolVendor(), ""))
                    .setSortable(true)
                    .setWidth("10rem")
                    .setFlexGrow(0);
        } else {
            grid.addColumn(row -> getTranslation("ambition." + row.ambition().name()))
                    .setHeader(getTranslation("field.ambition"))
                    .setKey("ambition")
                    .setSortable(true)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // Each page's signals are merged in before its rows are shown.
        grid.addColumn(SignalBadges.renderer(
                        row -> Objects.requireNonNull(signals.get(row.id()), "signals of a shown row"),
                        this::getTranslation))
                .setHeader(getTranslation("field.status"))
                .setKey("signals")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(this::fetch, this::countAndShow);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(detailRoute() + "/" + e.getItem().id())));
    }

    private Stream<InitiativeRow> fetch(Query<InitiativeRow, Void> query) {
        var sort = query.getSortOrders().stream()
                .map(order ->
                        new PageRequest.SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                .toList();
        var rows = service.page(filter(), new PageRequest(query.getOffset(), query.getLimit(), sort));
        // One statement for the flags of the whole page, whatever its size.
        var pageSignals = flags.signals(rows.stream().map(InitiativeRow::id).toList());
        var merged = new HashMap<>(signals);
        merged.putAll(pageSignals);
        signals = merged;
        return rows.stream();
    }

    private int countAndShow(Query<InitiativeRow, Void> query) {
        int total = service.count(filter());
        count.setText(getTranslation(track == Track.PERSONAL ? "experiment.count" : "programme.count", total));
        return total;
    }

    private InitiativeFilter filter() {
        return new InitiativeFilter(
                track,
                search.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                stage.getValue(),
                owner.getValue() == null ? null : owner.getValue().id());
    }

    private void refresh() {
        applied = filter();
        grid.getDataProvider().refreshAll();
    }

    private static String quarters(InitiativeRow row) {
        if (row.startQuarter() == null && row.endQuarter() == null) {
            return "";
        }
        return (row.startQuarter() == null ? "…" : row.startQuarter()) + " – "
                + (row.endQuarter() == null ? "…" : row.endQuarter());
    }

    /** A programme's owner is its programme manager (PRODUCT.md §2). */
    private String ownerLabel() {
        return track == Track.STRATEGIC ? "field.programme-manager" : "field.owner";
    }

    /** For tests: the grid under the filters. */
    Grid<InitiativeRow> grid() {
        return grid;
    }
}
