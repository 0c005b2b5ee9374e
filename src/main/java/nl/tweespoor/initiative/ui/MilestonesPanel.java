package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.initiative.Milestone;
import nl.tweespoor.initiative.ProgrammePlanService;

/** A programme's milestones with how many are done; editable by its owner or a leader. */
class MilestonesPanel extends Div {

    private final ProgrammePlanService plans;
    private final long programmeId;
    private final Grid<Milestone> grid = new Grid<>();
    private final Span summary = new Span();

    MilestonesPanel(ProgrammePlanService plans, long programmeId, boolean editable) {
        this.plans = plans;
        this.programmeId = programmeId;
        addClassName("plan-panel");
        var heading = new H3(getTranslation("milestone.heading"));
        add(heading, summary);
        grid.addColumn(Milestone::title)
                .setHeader(getTranslation("field.title"))
                .setFlexGrow(1);
        grid.addColumn(Milestone::dueQuarter)
                .setHeader(getTranslation("milestone.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.done() ? "milestone.done" : "milestone.open"))
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("milestone.heading"));
        if (editable) {
            grid.addItemClickListener(e -> edit(e.getItem()));
            var add = new Button(getTranslation("milestone.add"), e -> edit(new Milestone(null, "", null, false, 0)));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("milestone-add");
            add(add);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        var milestones = plans.milestones(programmeId);
        grid.setItems(milestones);
        long done = milestones.stream().filter(Milestone::done).count();
        summary.setText(getTranslation("milestone.summary", done, milestones.size()));
    }

    private void edit(Milestone milestone) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(milestone.id() == null ? "milestone.add" : "milestone.edit"));
        var title = new TextField(getTranslation("field.title"));
        title.setValue(milestone.title());
        title.setRequired(true);
        title.setMaxLength(Milestone.MAX_TITLE);
        var due = new ComboBox<String>(getTranslation("milestone.due"));
        due.setItems(Quarters.choices());
        due.setRequired(true);
        due.setValue(milestone.dueQuarter());
        var done = new Checkbox(getTranslation("milestone.done"), milestone.done());
        dialog.add(new FormLayout(title, due, done));
        var save = new Button(
                getTranslation("action.save"),
                e -> run(
                        dialog,
                        () -> plans.saveMilestone(
                                programmeId,
                                new Milestone(
                                        milestone.id(),
                                        title.getValue(),
                                        due.getValue(),
                                        done.getValue(),
                                        milestone.version()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        if (milestone.id() != null) {
            var delete = new Button(
                    getTranslation("action.delete"),
                    e -> run(dialog, () -> plans.deleteMilestone(programmeId, milestone)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void run(Dialog dialog, Runnable action) {
        if (Actions.attempt(action)) {
            dialog.close();
            refresh();
        }
    }
}
