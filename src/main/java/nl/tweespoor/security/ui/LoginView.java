package nl.tweespoor.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import nl.tweespoor.base.DatabaseStatus;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.base.ui.DatabaseRetryNotice;
import nl.tweespoor.base.ui.UiInitializer;
import nl.tweespoor.security.SignInReadiness;
import nl.tweespoor.security.StillStartingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Product name, language choice and the login form. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final DatabaseStatus database;
    private final SignInReadiness readiness;
    private final Div card;
    private final Paragraph starting = new Paragraph();

    public LoginView(DatabaseStatus database, SignInReadiness readiness) {
        this.database = database;
        this.readiness = readiness;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1("Tweespoor");
        title.addClassName("login-title");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        loginForm.setI18n(i18n());

        starting.setText(getTranslation("login.starting"));
        starting.addClassName("login-starting");
        starting.getElement().setAttribute("role", "status");
        starting.setVisible(false);
        card = new Div(title, tagline, starting, loginForm, languageChoice());
        card.addClassName("login-card");
        add(card);
    }

    private Select<Locale> languageChoice() {
        var language = new Select<Locale>();
        language.setLabel(getTranslation("layout.language"));
        language.setItems(Translations.DUTCH, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> Translations.DUTCH.equals(locale) ? "Nederlands" : "English");
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                var ui = UI.getCurrent();
                UiInitializer.rememberChosenLanguage(ui.getSession(), event.getValue());
                ui.getPage().reload();
            }
        });
        return language;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.form-title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error-title"));
        error.setMessage(getTranslation("login.error-message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Signing in needs the database: when it is away, say so (and retry) instead of "wrong password".
        card.getChildren()
                .filter(DatabaseRetryNotice.class::isInstance)
                .toList()
                .forEach(card::remove);
        if (!database.reachable()) {
            loginForm.setError(false);
            card.addComponentAtIndex(2, new DatabaseRetryNotice(database));
            return;
        }
        // Until the start-up work is done sign-ins are refused (the accounts may not exist yet): say so first.
        starting.setVisible(!readiness.isOpen());
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        var lastFailure = lastFailure(event);
        if (failed && lastFailure instanceof LockedException) {
            showFailure("login.locked-title", "login.locked-message");
        } else if (failed && lastFailure instanceof StillStartingException) {
            showFailure("login.starting-title", "login.starting");
        }
        loginForm.setError(failed);
    }

    private void showFailure(String titleKey, String messageKey) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        loginForm.setI18n(i18n);
    }

    /** Spring Security keeps the last sign-in failure in the session for the page it redirects to. */
    private static @Nullable Object lastFailure(BeforeEnterEvent event) {
        var session = event.getUI().getSession().getSession();
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
