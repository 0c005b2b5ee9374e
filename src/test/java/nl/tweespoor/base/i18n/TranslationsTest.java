package nl.tweespoor.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyBundleHasTheSameKeysInDutchAndEnglish() throws IOException {
        for (String bundle : Translations.BUNDLES) {
            assertThat(keys(bundle, "en")).as(bundle).isEqualTo(keys(bundle, "nl"));
        }
    }

    @Test
    void noKeyLivesInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : Translations.BUNDLES) {
            for (String key : keys(bundle, "nl")) {
                assertThat(owner.put(key, bundle))
                        .as("key %s in %s", key, bundle)
                        .isNull();
            }
        }
    }

    @Test
    void anEnglishUserGetsEnglishAndEveryoneElseDutch() {
        assertThat(translations.getTranslation("menu.dashboard", Translations.ENGLISH))
                .isEqualTo("Dashboard");
        assertThat(translations.getTranslation("menu.dashboard", Locale.GERMAN))
                .isEqualTo(translations.getTranslation("menu.dashboard", Translations.DUTCH));
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH))
                .isEqualTo("!no.such.key");
    }

    private static Set<String> keys(String bundle, String language) throws IOException {
        var path = "/" + bundle.replace('.', '/') + "_" + language + ".properties";
        try (var in = Translations.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
