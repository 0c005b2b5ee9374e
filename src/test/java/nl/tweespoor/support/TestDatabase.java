package nl.tweespoor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get a real PostgreSQL: a Testcontainers container when a Docker engine is there, else an
 * embedded PostgreSQL in a fresh folder. Started once per test JVM and shared by all Spring contexts.
 */
public final class TestDatabase {

    private static String url;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    /**
     * Points a Spring test context at the test database. Used as the one initializer of every Spring test base
     * class, so service tests and browserless UI tests share one cached application context.
     */
    public static class Initializer
            implements org.springframework.context.ApplicationContextInitializer<
                    org.springframework.context.ConfigurableApplicationContext> {

        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            start();
            org.springframework.boot.test.util.TestPropertyValues.of(
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + username,
                    "spring.datasource.password=" + password,
                    "tweespoor.demo-data=true",
                    "vaadin.devmode.devTools.enabled=false").applyTo(context);
        }
    }

    public static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
        registry.add("tweespoor.demo-data", () -> "true");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    private static synchronized void start() {
        if (url != null) {
            return;
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
        } else {
            try {
                var postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                url = postgres.getJdbcUrl("postgres", "postgres");
                username = "postgres";
                password = "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is ending; nothing left to do
        }
    }
}
