package nl.tweespoor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A PostgreSQL of its own (embedded, fresh folder, demo data) for tests that must COMMIT what the shared test database
 * must not keep: closing a review is final, audit events cannot be removed. Its Spring context is a separate one.
 * Stand-in until the lead's isolated-database support lands on main; then this class gives way to it.
 */
public final class OwnDatabase {

    private static String url;
    private static SecurityContextHolderStrategy strategyBeforeCreation;

    private OwnDatabase() {
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // Starting a Vaadin application replaces the JVM-wide security strategy; see OwnDatabaseTest.
            strategyBeforeCreation = SecurityContextHolder.getContextHolderStrategy();
            TestPropertyValues.of(
                    "spring.datasource.url=" + start(),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=",
                    "tweespoor.demo-data=true",
                    "vaadin.devmode.devTools.enabled=false").applyTo(context);
        }
    }

    /** The JVM-wide security strategy as it was before this application replaced it with its own. */
    static SecurityContextHolderStrategy strategyBeforeCreation() {
        return strategyBeforeCreation;
    }

    private static synchronized String start() {
        if (url == null) {
            try {
                var postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending; nothing left to do
                    }
                }));
                url = postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }
}
