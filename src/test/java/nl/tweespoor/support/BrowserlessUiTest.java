package nl.tweespoor.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.tweespoor.base.i18n.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of browserless UI tests: real views with real services on the shared test PostgreSQL (demo data), no browser.
 * Sign in with @WithUserDetails("leader") and friends. The UI speaks Dutch, as it does for the demo users.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(Translations.DUTCH);
        UI.getCurrent().getSession().setLocale(Translations.DUTCH);
    }

    protected String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
