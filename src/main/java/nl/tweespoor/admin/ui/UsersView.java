package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.tweespoor.admin.UserAdminService;
import nl.tweespoor.admin.UserRow;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.Badges;

/** User accounts for admins: a lazy, filterable grid; create, edit, reset password, deactivate and reactivate. */
@Route("admin/users")
@Menu(title = "menu.admin-users", order = 10, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService service;
    private final TextField filter = new TextField();
    private final Grid<UserRow> grid = new Grid<>();
    private final long ownId;

    public UsersView(UserAdminService service) {
        this.service = service;
        this.ownId = service.ownId();
        addClassName("list-view");
        setSizeFull();
        filter.setLabel(getTranslation("admin.users.filter"));
        filter.setPlaceholder(getTranslation("admin.users.filter-placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("users-filter");
        filter.addValueChangeListener(e -> refresh());
        var create = new Button(
                getTranslation("admin.users.new"),
                VaadinIcon.PLUS.create(),
                e -> new UserDialog(service, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("user-create");
        var toolbar = new HorizontalLayout(filter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new Paragraph(getTranslation("admin.users.hint")), toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(UserRow::username)
                .setHeader(getTranslation("field.account-username"))
                .setAutoWidth(true);
        grid.addColumn(UserRow::displayName)
                .setHeader(getTranslation("field.account-display-name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(row -> row.email() == null ? "" : row.email())
                .setHeader(getTranslation("field.account-email"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("field.account-roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> row.active()
                        ? Badges.of(getTranslation("admin.users.status-active"), "strong")
                        : Badges.of(getTranslation("admin.users.status-inactive"), "stopped"))
                .setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.mustChangePassword() ? getTranslation("admin.users.yes") : "")
                .setHeader(getTranslation("admin.users.must-change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                query -> service.page(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> service.count(filter.getValue()));
        grid.setAriaLabel(getTranslation("menu.admin-users"));
        grid.setId("users-grid");
        grid.setSizeFull();
    }

    private HorizontalLayout actions(UserRow row) {
        var edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("action.edit-item", row.username()),
                () -> new UserDialog(service, row, this::refresh).open());
        var reset = iconButton(
                VaadinIcon.KEY,
                getTranslation("admin.users.reset-password-for", row.username()),
                () -> new PasswordResetDialog(service, row, this::refresh).open());
        var actions = new HorizontalLayout(edit, reset);
        actions.setSpacing(false);
        if (row.id() != ownId) {
            actions.add(
                    row.active()
                            ? iconButton(
                                    VaadinIcon.BAN,
                                    getTranslation("admin.users.deactivate-for", row.username()),
                                    () -> confirmDeactivation(row))
                            : iconButton(
                                    VaadinIcon.CHECK_CIRCLE,
                                    getTranslation("admin.users.reactivate-for", row.username()),
                                    () -> Actions.attemptAndRefresh(
                                            () -> service.reactivate(row.id(), row.version()),
                                            getTranslation("admin.users.reactivated"),
                                            this::refresh)));
        }
        return actions;
    }

    private void confirmDeactivation(UserRow row) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.users.deactivate-for", row.username()));
        dialog.setText(getTranslation("admin.users.confirm-deactivate", row.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("admin.users.deactivate"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Actions.attemptAndRefresh(
                () -> service.deactivate(row.id(), row.version()),
                getTranslation("admin.users.deactivated"),
                this::refresh));
        dialog.open();
    }

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin-users");
    }
}
