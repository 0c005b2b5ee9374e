package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import nl.tweespoor.admin.AccountRules;
import nl.tweespoor.admin.NewUser;
import nl.tweespoor.admin.UserAdminService;
import nl.tweespoor.admin.UserChanges;
import nl.tweespoor.admin.UserRow;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.security.Role;
import org.jspecify.annotations.Nullable;

/** Creates an account (with an initial password) or edits one (name, email, roles); the username stays. */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final PasswordField password = new PasswordField();

    UserDialog(UserAdminService service, @Nullable UserRow row, Runnable refresh) {
        setHeaderTitle(getTranslation(row == null ? "admin.users.new" : "admin.users.edit"));
        username.setLabel(getTranslation("field.account-username"));
        username.setRequired(true);
        username.setMaxLength(AccountRules.MAX_USERNAME);
        username.setId("user-username");
        displayName.setLabel(getTranslation("field.account-display-name"));
        displayName.setRequired(true);
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("field.account-email"));
        email.setMaxLength(AccountRules.MAX_EMAIL);
        email.setId("user-email");
        roles.setLabel(getTranslation("field.account-roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setRequired(true);
        roles.setHelperText(getTranslation("admin.users.roles-help"));
        roles.setId("user-roles");
        var form = new FormLayout(username, displayName, email, roles);
        if (row == null) {
            password.setLabel(getTranslation("admin.users.initial-password"));
            password.setHelperText(getTranslation("admin.users.initial-password-help"));
            password.setRequired(true);
            password.setId("user-password");
            form.add(password);
        } else {
            username.setValue(row.username());
            username.setReadOnly(true);
            displayName.setValue(row.displayName());
            email.setValue(row.email() == null ? "" : row.email());
            roles.setValue(row.roles());
        }
        form.setColspan(roles, 2);
        add(form);
        var save = new Button(getTranslation("action.save"), e -> {
            boolean saved = Actions.attemptAndRefresh(
                    () -> {
                        if (row == null) {
                            service.create(new NewUser(
                                    username.getValue(),
                                    displayName.getValue(),
                                    email.getValue(),
                                    roles.getValue(),
                                    password.getValue()));
                        } else {
                            service.update(
                                    row.id(),
                                    row.version(),
                                    new UserChanges(displayName.getValue(), email.getValue(), roles.getValue()));
                        }
                    },
                    getTranslation("message.saved"),
                    refresh);
            if (saved) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }
}
