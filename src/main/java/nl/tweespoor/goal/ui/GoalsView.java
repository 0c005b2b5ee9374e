package nl.tweespoor.goal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Year;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Badges;
import nl.tweespoor.base.ui.Cells;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.goal.GoalDraft;
import nl.tweespoor.goal.GoalRow;
import nl.tweespoor.goal.GoalService;
import org.jspecify.annotations.Nullable;

/** Strategic goals with the programmes that serve them, their stages and planned budget. */
@Route("goals")
@Menu(title = "menu.goals", order = 4, icon = "vaadin:bullseye")
@PermitAll
public class GoalsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalService service;
    private final Grid<GoalRow> grid = new Grid<>();

    public GoalsView(GoalService service) {
        this.service = service;
        addClassName("list-view");
        setSizeFull();
        if (service.mayEdit()) {
            var create = new Button(getTranslation("goal.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("goal-create");
            add(create);
        }
        grid.addColumn(GoalRow::title).setHeader(getTranslation("field.title")).setFlexGrow(1);
        grid.addColumn(GoalRow::horizonYear)
                .setHeader(getTranslation("goal.horizon"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GoalRow::programmeCount)
                .setHeader(getTranslation("goal.programmes"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(GoalRow::experimentCount)
                .setHeader(getTranslation("goal.experiments"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.euros(row.plannedBudget(), getLocale()))
                .setHeader(getTranslation("goal.planned-budget"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (service.mayEdit()) {
            grid.addColumn(Cells.<GoalRow>editButton(
                            row -> getTranslation("action.edit-item", row.title()), this::edit))
                    .setHeader(getTranslation("action.edit"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(query -> service.page(query.getOffset(), query.getLimit()).stream(), query -> service.count());
        grid.setAriaLabel(getTranslation("menu.goals"));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("goal.hint")), grid);
    }

    private Div details(GoalRow row) {
        var box = new Div();
        box.addClassName("goal-details");
        if (row.description() != null) {
            box.add(new Paragraph(row.description()));
        }
        programmes(box, row);
        experiments(box, row);
        return box;
    }

    private void programmes(Div box, GoalRow row) {
        box.add(sectionHeading(getTranslation("goal.programmes-heading", row.programmeCount())));
        if (row.programmes().isEmpty()) {
            box.add(new Paragraph(getTranslation("goal.no-programmes")));
            return;
        }
        var list = new UnorderedList();
        row.programmes()
                .forEach(programme -> list.add(new ListItem(
                        new Anchor(Track.STRATEGIC.itemPath(programme.id()), programme.title()),
                        new Span(" "),
                        Badges.of(getTranslation("stage." + programme.stage()), "neutral"),
                        new Span(" " + Formats.euros(programme.plannedBudget(), getLocale())))));
        box.add(list);
        if (row.notShown() > 0) {
            // A goal served by hundreds of programmes lists the first few; the rest live in the programmes list.
            box.add(new Paragraph(
                    new Span(getTranslation("goal.more-programmes", row.notShown()) + " "),
                    new Anchor("programmes", getTranslation("goal.all-programmes"))));
        }
    }

    /** Beside the programmes: the experiments exploring the goal, directly or through a programme serving it. */
    private void experiments(Div box, GoalRow row) {
        box.add(sectionHeading(getTranslation("goal.experiments-heading", row.experimentCount())));
        if (row.experiments().isEmpty()) {
            box.add(new Paragraph(getTranslation("goal.no-experiments")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("goal-experiments");
        row.experiments()
                .forEach(experiment -> list.add(new ListItem(
                        new Anchor(Track.PERSONAL.itemPath(experiment.id()), experiment.title()),
                        new Span(" "),
                        Badges.of(getTranslation("stage." + experiment.stage()), "neutral"))));
        box.add(list);
        if (row.experimentsNotShown() > 0) {
            box.add(new Paragraph(getTranslation("goal.more-experiments", row.experimentsNotShown())));
        }
    }

    /** The programmes and the experiments under a goal, headed alike. */
    private static H3 sectionHeading(String text) {
        var heading = new H3(text);
        heading.addClassName("goal-section-heading");
        return heading;
    }

    private void edit(@Nullable GoalRow row) {
        var dialog = new Dialog(getTranslation(row == null ? "goal.new" : "goal.edit"));
        var title = new TextField(getTranslation("field.title"));
        title.setRequired(true);
        title.setMaxLength(GoalDraft.MAX_TITLE);
        title.setId("goal-title");
        var description = new TextArea(getTranslation("field.description"));
        description.setMaxLength(GoalDraft.MAX_DESCRIPTION);
        var horizon = new IntegerField(getTranslation("goal.horizon"));
        horizon.setRequiredIndicatorVisible(true);
        horizon.setMin(GoalDraft.MIN_HORIZON);
        horizon.setMax(GoalDraft.MAX_HORIZON);
        horizon.setStepButtonsVisible(true);
        if (row != null) {
            title.setValue(row.title());
            description.setValue(row.description() == null ? "" : row.description());
            horizon.setValue(row.horizonYear());
        } else {
            horizon.setValue(Year.now().getValue() + 2);
        }
        var form = new FormLayout(title, horizon, description);
        form.setColspan(description, 2);
        dialog.add(form);
        var save = SaveButton.of(
                dialog,
                "goal-save",
                () -> {
                    var draft = new GoalDraft(title.getValue(), description.getValue(), horizon.getValue());
                    if (row == null) {
                        service.create(draft);
                    } else {
                        service.update(row.id(), row.version(), draft);
                    }
                },
                () -> grid.getDataProvider().refreshAll());
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 96vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.goals");
    }
}
