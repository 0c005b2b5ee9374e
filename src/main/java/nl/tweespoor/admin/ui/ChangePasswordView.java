package nl.tweespoor.admin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.admin.OwnPasswordService;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;

/**
 * Where a user lands after signing in with a temporary password (see PasswordChangeGuard); they can also come here
 * on their own. Without the main layout, so there is nothing else to click before the password is changed.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(OwnPasswordService service, AuthenticationContext authentication) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var current = new PasswordField(getTranslation("admin.change-password.current"));
        current.setId("password-current");
        var fresh = new PasswordField(getTranslation("admin.change-password.new"));
        fresh.setHelperText(getTranslation("admin.change-password.new-help"));
        fresh.setId("password-new");
        var repeated = new PasswordField(getTranslation("admin.change-password.repeat"));
        repeated.setId("password-repeat");
        for (var field : new PasswordField[] {current, fresh, repeated}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        var submit = new Button(getTranslation("admin.change-password.submit"), e -> {
            if (Actions.attempt(
                    () -> service.changePassword(current.getValue(), fresh.getValue(), repeated.getValue()),
                    getTranslation("admin.change-password.done"))) {
                UI.getCurrent().navigate("");
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("password-submit");
        var logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var title = new H1(getTranslation("admin.change-password.title"));
        title.addClassName("login-title");
        var card = new Div(title, intro(service), current, fresh, repeated, new HorizontalLayout(submit, logout));
        card.addClassName("login-card");
        add(card);
    }

    private Paragraph intro(OwnPasswordService service) {
        try {
            return service.mustChangePassword()
                    ? new Paragraph(getTranslation("admin.change-password.intro"))
                    : new Paragraph();
        } catch (RuntimeException e) {
            ErrorMessages.show(e);
            return new Paragraph();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.change-password.title");
    }
}
