package nl.tweespoor.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, from i18n/messages_nl and messages_en plus one bundle per larger feature (same key space,
 * so a feature's texts can be kept beside each other without one endless file). Bundles are looked up without the JVM's default
 * locale as fallback, so an English user never gets Dutch because the server runs in the Netherlands. Plain Java, so
 * services (the board pack) translate too; {@code base.ui.TranslationProvider} hands it to Vaadin.
 */
@Component
public class Translations {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    /** Searched in this order; a key lives in exactly one of them. */
    static final List<String> BUNDLES = List.of(
            "i18n.messages",
            "i18n.governance",
            "i18n.risk",
            "i18n.fragmentation",
            "i18n.admin",
            "i18n.benefits",
            "i18n.imports");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The languages the UI speaks. */
    public List<Locale> locales() {
        return LOCALES;
    }

    /** The text under {@code key} in the language (Dutch for any but English), "!key" when there is none. */
    public String getTranslation(String key, Locale locale, Object... params) {
        var wanted = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, wanted, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
            }
        }
        return "!" + key;
    }

    /** Dutch unless the user asked for English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
