package nl.tweespoor.journey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.journey.JourneyFilter;
import nl.tweespoor.journey.JourneyIntent;
import nl.tweespoor.journey.JourneyKind;
import nl.tweespoor.journey.JourneyRow;
import nl.tweespoor.journey.JourneyService;

/**
 * The journey map: per customer journey or internal chain its intent, its items by ambition with this year's plan, and
 * its signals; a row opens to its items with stage and RAG. Paged through the database; leaders keep the list here.
 */
@Route("journeys")
@Menu(title = "menu.journeys", order = 4.5, icon = "vaadin:road")
@PermitAll
public class JourneysView extends VerticalLayout implements HasDynamicTitle {

    private final JourneyService service;
    private final Grid<JourneyRow> grid = new Grid<>();
    private final Select<JourneyKind> kind = new Select<>();
    private final Select<JourneyIntent> intent = new Select<>();

    public JourneysView(JourneyService service) {
        this.service = service;
        addClassName("list-view");
        setSizeFull();
        add(new Paragraph(getTranslation("journey.hint")), toolbar());
        columns();
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> new JourneyDetails(row)));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(
                query -> service.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(filter()));
        grid.setEmptyStateText(getTranslation("journey.none"));
        grid.setAriaLabel(getTranslation("journey.title"));
        grid.setId("journey-grid");
        grid.setSizeFull();
        // Dutch titles, intents ("Herontwerpen vóór 2028") and signals are longer than English: wrap, never clip
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private HorizontalLayout toolbar() {
        kind.setLabel(getTranslation("journey.kind"));
        kind.setItems(JourneyKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("journey.any-kind"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("journey.any-kind") : getTranslation("journey.kind." + k));
        kind.setId("journey-kind-filter");
        intent.setLabel(getTranslation("journey.intent"));
        intent.setItems(JourneyIntent.values());
        intent.setEmptySelectionAllowed(true);
        intent.setEmptySelectionCaption(getTranslation("journey.any-intent"));
        intent.setItemLabelGenerator(
                i -> i == null ? getTranslation("journey.any-intent") : getTranslation("journey.intent." + i));
        intent.setId("journey-intent-filter");
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        intent.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var bar = new HorizontalLayout(kind, intent);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (service.mayEdit()) {
            var create =
                    new Button(getTranslation("journey.new"), VaadinIcon.PLUS.create(), e -> dialog().openForNew());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("journey-create");
            bar.add(create);
        }
        return bar;
    }

    private void columns() {
        grid.addColumn(JourneyRow::title)
                .setHeader(getTranslation("field.title"))
                .setTooltipGenerator(JourneyRow::title)
                .setWidth("13rem")
                .setFlexGrow(2);
        // the owner is in the opened row: a 1440 px screen then shows every column, signals included
        grid.addColumn(row -> getTranslation("journey.kind." + row.kind()))
                .setHeader(getTranslation("journey.kind"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(this::intentText)
                .setHeader(getTranslation("journey.intent"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.optimiseItems() + " · " + Formats.euros(row.plannedOptimise(), getLocale()))
                .setHeader(getTranslation("ambition.OPTIMISE"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.redesignItems() + " · " + Formats.euros(row.plannedRedesign(), getLocale()))
                .setHeader(getTranslation("ambition.REDESIGN"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Badges.renderer(row -> row.signals().stream()
                        .sorted()
                        .map(s -> new Badges.Badge(getTranslation("journey.signal." + s), "flag"))
                        .toList()))
                .setHeader(getTranslation("journey.signals"))
                .setWidth("15rem")
                .setFlexGrow(1);
        if (service.mayEdit()) {
            grid.addComponentColumn(this::actions)
                    .setKey("actions")
                    .setHeader(getTranslation("action.edit"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private String intentText(JourneyRow row) {
        return row.intent() == JourneyIntent.REDESIGN && row.redesignBy() != null
                ? getTranslation("journey.intent-by", String.valueOf(row.redesignBy()))
                : getTranslation("journey.intent." + row.intent());
    }

    private HorizontalLayout actions(JourneyRow row) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> dialog().openForEdit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("journey.edit", row.title()));
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(row));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("journey.delete-named", row.title()));
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(JourneyRow row) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("journey.delete"));
        confirm.setText(getTranslation("journey.delete-confirm", row.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("journey.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> Actions.attemptAndRefresh(
                () -> service.delete(row.id(), row.version()),
                getTranslation("journey.deleted"),
                grid.getDataProvider()::refreshAll));
        confirm.open();
    }

    private JourneyDialog dialog() {
        return new JourneyDialog(service, grid.getDataProvider()::refreshAll);
    }

    private JourneyFilter filter() {
        return new JourneyFilter(kind.getValue(), intent.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.title");
    }
}
