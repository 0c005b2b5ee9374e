package nl.tweespoor.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.tweespoor.base.DatabaseStatus;
import nl.tweespoor.base.config.EmbeddedPostgresServer;
import nl.tweespoor.base.i18n.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of tests that need the app on an embedded PostgreSQL of its own (their own temporary data folder, as in
 * production: no datasource settings), because they stop, kill or restore it. One Spring context shared by all such
 * classes; each test leaves the database running.
 */
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedAppTest.OwnDataFolder.class)
public abstract class EmbeddedAppTest extends SpringBrowserlessTest {

    public static final Path BINARIES = Path.of(System.getProperty("user.home"), ".tweespoor", "pgsql");

    @Autowired
    protected EmbeddedPostgresServer server;

    @Autowired
    protected DatabaseStatus database;

    @BeforeEach
    void dutch() {
        UI.getCurrent().setLocale(Translations.DUTCH);
        UI.getCurrent().getSession().setLocale(Translations.DUTCH);
    }

    @AfterEach
    void databaseRunsAgain() {
        server.restart();
        Poll.untilPasses(
                Duration.ofSeconds(30),
                "the database answering",
                () -> org.assertj.core.api.Assertions.assertThat(database.reachable())
                        .isTrue());
    }

    protected String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** A fresh data folder for the embedded PostgreSQL, and the demo data in it. */
    public static class OwnDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                var folder = Files.createTempDirectory("tweespoor-embedded-test");
                TestPropertyValues.of(
                                "tweespoor.embedded.data-dir=" + folder.resolve("data"),
                                "tweespoor.embedded.binaries-dir=" + BINARIES,
                                "tweespoor.demo-data=true",
                                "vaadin.devmode.devTools.enabled=false")
                        .applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
