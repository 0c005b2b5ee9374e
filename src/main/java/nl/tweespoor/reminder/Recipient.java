package nl.tweespoor.reminder;

import java.util.Locale;
import nl.tweespoor.base.i18n.Translations;
import org.jspecify.annotations.Nullable;

/** Whom a mail goes to, and whether it may: an active user with an address who did not turn reminders off. */
record Recipient(
        long id, String displayName, @Nullable String email, String locale, boolean active, boolean wantsMail) {

    boolean reachable() {
        return active && wantsMail && email != null && !email.isBlank();
    }

    Locale language() {
        return "en".equals(locale) ? Translations.ENGLISH : Translations.DUTCH;
    }
}
