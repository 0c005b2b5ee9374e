package nl.tweespoor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.tweespoor.base.i18n.SignedInLanguage;
import nl.tweespoor.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every new UI gets the user's remembered language (Dutch until they pick another) and an error handler that shows
 * a plain message instead of a stack trace.
 */
@Component
public class UiInitializer implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiInitializer.class);
    private static final String LANGUAGE_SET = UiInitializer.class.getName() + ".languageSet";
    private static final String LANGUAGE_CHOSEN = UiInitializer.class.getName() + ".languageChosen";

    private final SignedInLanguage signedInLanguage;

    UiInitializer(SignedInLanguage signedInLanguage) {
        this.signedInLanguage = signedInLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    LOG.error("Unexpected error in the UI", error.getThrowable());
                    ErrorMessages.show(error.getThrowable());
                }));
        event.getSource().addUIInitListener(init -> applyLanguage(init.getUI()));
    }

    private void applyLanguage(UI ui) {
        var session = ui.getSession();
        var remembered = signedInLanguage.remembered();
        if (remembered.isPresent() && session.getAttribute(LANGUAGE_SET) == null) {
            session.setLocale(remembered.get());
            session.setAttribute(LANGUAGE_SET, Boolean.TRUE);
        } else if (remembered.isEmpty() && session.getAttribute(LANGUAGE_CHOSEN) == null) {
            // Dutch until someone picks English on the login page.
            session.setLocale(Translations.DUTCH);
        }
        ui.setLocale(Translations.supported(session.getLocale()));
    }

    /** Marks that the anonymous user chose a language on the login page, so it is not reset to Dutch. */
    public static void rememberChosenLanguage(VaadinSession session, Locale locale) {
        session.setLocale(locale);
        session.setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
    }
}
