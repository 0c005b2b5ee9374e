package nl.tweespoor.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import nl.tweespoor.base.DatabaseUnavailable;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.MissingFieldsException;
import org.springframework.security.access.AccessDeniedException;

/** Turns what a service refused into a message in the user's language; never a stack trace. */
public final class ErrorMessages {

    private ErrorMessages() {}

    public static String text(Throwable error) {
        var ui = UI.getCurrent();
        var cause = domainCause(error);
        if (cause instanceof MissingFieldsException missing) {
            var fields = missing.fieldKeys().stream().map(ui::getTranslation).toList();
            return ui.getTranslation(missing.messageKey(), String.join(", ", fields));
        }
        if (cause instanceof DomainException domain) {
            // Arguments that are translation keys (field names) are translated too.
            // A refusal passed on as an argument (e.g. the gate's, inside a review closing) is told in full.
            var arguments = Arrays.stream(domain.arguments())
                    .map(arg -> arg instanceof String key && isKey(key)
                            ? ui.getTranslation(key)
                            : arg instanceof DomainException nested ? text(nested) : arg)
                    .toArray();
            return ui.getTranslation(domain.messageKey(), arguments);
        }
        if (cause instanceof AccessDeniedException) {
            return ui.getTranslation("error.not-permitted");
        }
        if (DatabaseUnavailable.causedBy(error)) {
            return ui.getTranslation("error.database-unavailable");
        }
        return ui.getTranslation("error.unexpected");
    }

    public static void show(Throwable error) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            var notification = Notification.show(text(error), 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    public static void success(String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static boolean isKey(String text) {
        return text.startsWith("field.") || text.startsWith("stage.");
    }

    private static Throwable domainCause(Throwable error) {
        var current = error;
        while (current != null) {
            if (current instanceof DomainException || current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }
}
