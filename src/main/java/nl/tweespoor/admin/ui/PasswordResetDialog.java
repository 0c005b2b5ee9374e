package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.tweespoor.admin.UserAdminService;
import nl.tweespoor.admin.UserRow;
import nl.tweespoor.base.ui.Actions;

/** An admin sets a temporary password; the user must replace it at their next sign-in. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserAdminService service, UserRow row, Runnable refresh) {
        setHeaderTitle(getTranslation("admin.users.reset-password-for", row.username()));
        var password = new PasswordField(getTranslation("admin.users.temporary-password"));
        password.setHelperText(getTranslation("admin.users.temporary-password-help"));
        password.setRequired(true);
        password.setWidthFull();
        password.setId("user-temporary-password");
        add(password);
        var reset = new Button(getTranslation("admin.users.reset-password"), e -> {
            if (Actions.attemptAndRefresh(
                    () -> service.resetPassword(row.id(), row.version(), password.getValue()),
                    getTranslation("admin.users.password-reset"),
                    refresh)) {
                close();
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.setId("user-reset-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), reset);
        setWidth("min(30rem, 96vw)");
    }
}
