package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.export.ui.ExportLinks;
import nl.tweespoor.governance.AssessmentResult;
import nl.tweespoor.governance.MatrixFilter;
import nl.tweespoor.governance.MatrixRow;
import nl.tweespoor.governance.MatrixService;
import nl.tweespoor.governance.Principle;
import org.jspecify.annotations.Nullable;

/** Open items × active principles as a heat map: green meets, red gap, grey not applicable, amber unassessed. */
class PrincipleMatrix extends VerticalLayout {

    private final MatrixService service;
    private final Grid<MatrixRow> grid = new Grid<>();
    private final Select<Track> track = new Select<>();
    private final Select<Option> department = new Select<>();
    private final Checkbox onlyOpen = new Checkbox();

    /** The filter as last applied, for a download (which runs in a request of its own). */
    private volatile MatrixFilter applied = MatrixFilter.all();

    PrincipleMatrix(MatrixService service, List<Principle> principles, List<Option> departments) {
        this.service = service;
        setPadding(false);
        setSizeFull();
        addClassName("principle-matrix");
        add(filters(departments), legend());
        // Lit renderers, not components: a page of 50 items × every principle would be hundreds of server-side
        // components per scroll.
        grid.addColumn(Cells.<MatrixRow>link(row -> row.track().itemPath(row.id()), MatrixRow::title))
                .setHeader(getTranslation("principle.matrix-item"))
                .setFlexGrow(1)
                .setWidth("16rem")
                .setFrozen(true);
        grid.addColumn(MatrixRow::department)
                .setHeader(getTranslation("field.department"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("stage." + row.stage().name()))
                .setHeader(getTranslation("field.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (var principle : principles) {
            var header = new Span(principle.code());
            header.getElement().setAttribute("title", principle.title());
            grid.addColumn(cell(principle)).setHeader(header).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAriaLabel(getTranslation("principle.matrix"));
        grid.setId("principle-matrix");
        grid.setItems(
                query -> service.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(filter()));
        grid.setSizeFull();
        addAndExpand(grid);
    }

    private HorizontalLayout filters(List<Option> departments) {
        track.setLabel(getTranslation("principle.filter-track"));
        track.setItems(Track.values());
        track.setEmptySelectionAllowed(true);
        track.setEmptySelectionCaption(getTranslation("principle.filter-all"));
        track.setItemLabelGenerator(
                t -> t == null ? getTranslation("principle.filter-all") : getTranslation("track." + t.name()));
        track.setId("matrix-track");
        department.setLabel(getTranslation("field.department"));
        department.setItems(departments);
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("principle.filter-all"));
        department.setItemLabelGenerator(o -> o == null ? getTranslation("principle.filter-all") : o.label());
        department.setId("matrix-department");
        onlyOpen.setLabel(getTranslation("principle.only-open"));
        onlyOpen.setId("matrix-only-open");
        track.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        onlyOpen.addValueChangeListener(e -> refresh());
        var export = new ExportLinks(
                "principles-matrix", (format, locale, out) -> service.export(applied, format, locale, out));
        var filters = new HorizontalLayout(track, department, onlyOpen, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void refresh() {
        applied = filter();
        grid.getDataProvider().refreshAll();
    }

    private Div legend() {
        var legend = new Div(new Span(getTranslation("principle.legend")));
        legend.addClassName("matrix-legend");
        for (var result : AssessmentResult.values()) {
            legend.add(swatch(result));
        }
        legend.add(swatch(null));
        return legend;
    }

    private MatrixFilter filter() {
        var chosen = department.getValue();
        return new MatrixFilter(track.getValue(), chosen == null ? null : chosen.id(), onlyOpen.getValue());
    }

    /** A row's result for the principle as the legend's swatch, with the principle and result spelled out. */
    private LitRenderer<MatrixRow> cell(Principle principle) {
        return LitRenderer.<MatrixRow>of(
                        "<span class=\"matrix-cell ${item.tone}\" title=\"${item.hint}\">" + "${item.text}</span>")
                .withProperty("tone", row -> toneClass(row.resultFor(principle.id())))
                .withProperty(
                        "hint",
                        row -> principle.code() + " " + principle.title() + ": "
                                + getTranslation(resultKey(row.resultFor(principle.id()))))
                .withProperty("text", row -> getTranslation(resultKey(row.resultFor(principle.id())) + "-short"));
    }

    private Span swatch(@Nullable AssessmentResult result) {
        var swatch = new Span(getTranslation(resultKey(result) + "-short"));
        swatch.addClassNames("matrix-cell", toneClass(result));
        return swatch;
    }

    private static String toneClass(@Nullable AssessmentResult result) {
        return "matrix-" + (result == null ? "open" : result.name().toLowerCase(Locale.ROOT));
    }

    static String resultKey(@Nullable AssessmentResult result) {
        return result == null ? "assessment.unassessed" : "assessment." + result.name();
    }
}
