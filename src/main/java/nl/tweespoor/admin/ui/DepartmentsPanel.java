package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.admin.DepartmentRow;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;

/** The departments (a short list): add, rename, deactivate and reactivate. */
class DepartmentsPanel extends VerticalLayout {

    private final DepartmentService service;
    private final Grid<DepartmentRow> grid = new Grid<>();

    DepartmentsPanel(DepartmentService service) {
        this.service = service;
        setPadding(false);
        var name = new TextField(getTranslation("admin.settings.department-new"));
        name.setMaxLength(DepartmentService.MAX_NAME);
        name.setId("department-new-name");
        var add = new Button(getTranslation("admin.settings.department-add"), VaadinIcon.PLUS.create(), e -> {
            if (Actions.attemptAndRefresh(
                    () -> service.add(name.getValue()), getTranslation("message.saved"), this::refresh)) {
                name.clear();
            }
        });
        add.setId("department-add");
        var addRow = new HorizontalLayout(name, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(DepartmentRow::name)
                .setHeader(getTranslation("field.department-name"))
                .setFlexGrow(1);
        grid.addColumn(DepartmentRow::items)
                .setHeader(getTranslation("admin.settings.department-items"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> row.active()
                        ? Badges.of(getTranslation("admin.users.status-active"), "strong")
                        : Badges.of(getTranslation("admin.users.status-inactive"), "stopped"))
                .setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin.settings.departments"));
        grid.setId("departments-grid");
        add(
                new H2(getTranslation("admin.settings.departments")),
                new Paragraph(getTranslation("admin.settings.departments-hint")),
                addRow,
                grid);
        refresh();
    }

    private HorizontalLayout actions(DepartmentRow row) {
        var rename = UsersView.iconButton(
                VaadinIcon.EDIT, getTranslation("admin.settings.department-rename-for", row.name()), () -> rename(row));
        var toggle = row.active()
                ? UsersView.iconButton(
                        VaadinIcon.BAN,
                        getTranslation("admin.settings.department-deactivate-for", row.name()),
                        () -> setActive(row, false))
                : UsersView.iconButton(
                        VaadinIcon.CHECK_CIRCLE,
                        getTranslation("admin.settings.department-reactivate-for", row.name()),
                        () -> setActive(row, true));
        var actions = new HorizontalLayout(rename, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private void setActive(DepartmentRow row, boolean active) {
        Actions.attemptAndRefresh(
                () -> service.setActive(row.id(), row.version(), active),
                getTranslation("message.saved"),
                this::refresh);
    }

    private void rename(DepartmentRow row) {
        var dialog = new Dialog(getTranslation("admin.settings.department-rename-for", row.name()));
        var name = new TextField(getTranslation("field.department-name"));
        name.setValue(row.name());
        name.setRequired(true);
        name.setMaxLength(DepartmentService.MAX_NAME);
        name.setWidthFull();
        name.setId("department-rename-name");
        dialog.add(name);
        var save = new Button(getTranslation("action.save"), e -> {
            if (Actions.attemptAndRefresh(
                    () -> service.rename(row.id(), row.version(), name.getValue()),
                    getTranslation("message.saved"),
                    this::refresh)) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("department-rename-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(30rem, 96vw)");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.all());
    }
}
