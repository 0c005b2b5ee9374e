package nl.tweespoor.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Translations;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} in every component, answered by {@link Translations}. */
@Component
class TranslationProvider implements I18NProvider {

    private final Translations translations;

    TranslationProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return translations.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
