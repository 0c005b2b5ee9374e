package nl.tweespoor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get a real PostgreSQL: a Testcontainers container when a Docker engine is there, else an
 * embedded PostgreSQL in a fresh folder. Started once per test JVM and shared by all Spring contexts.
 * <p>
 * Tests run the way a production install should: Flyway migrates as the owner role {@value #OWNER}, the app signs in
 * as the plain login role {@value #APP} and gets only what the migrations grant it. The shared database
 * {@value #SHARED} holds the demo story (tests that change it roll back); {@link #freshDatabase(String)} makes another
 * one for tests that must commit.
 */
public final class TestDatabase {

    public static final String OWNER = "tweespoor_owner";
    public static final String APP = "tweespoor_app";
    public static final String SHARED = "tweespoor";
    private static final String OWNER_PASSWORD = "owner-secret-for-tests";
    private static final String APP_PASSWORD = "app-secret-for-tests";

    private static final Set<String> CREATED = new HashSet<>();
    private static String serverUrlPrefix;
    private static String superUser;
    private static String superPassword;

    private TestDatabase() {}

    /**
     * Points a Spring test context at the shared test database and loads the demo story into it. Used as the one
     * initializer of every Spring test base class, so service tests and browserless UI tests share one cached
     * application context.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            useDatabase(context, SHARED, true);
        }
    }

    /**
     * A context on a database of its own, created afresh for it: for tests that commit (real threads, closing a
     * review). Name the database with {@code @TestPropertySource(properties = "tweespoor.test.database=NAME")};
     * each name is a context and a database of its own. It holds the demo story unless
     * {@code tweespoor.test.demo-story=false} (an empty database, as a new installation has).
     */
    public static class FreshDatabaseInitializer
            implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var name = context.getEnvironment().getProperty("tweespoor.test.database");
            if (name == null || !name.matches("[a-z][a-z0-9_]{0,40}")) {
                throw new IllegalStateException("Set tweespoor.test.database to a lower-case database name");
            }
            var demoStory = !"false".equals(context.getEnvironment().getProperty("tweespoor.test.demo-story"));
            useDatabase(context, freshDatabase(name), demoStory);
        }
    }

    private static void useDatabase(ConfigurableApplicationContext context, String database, boolean demoStory) {
        start();
        TestPropertyValues.of(
                        "spring.datasource.url=" + url(database),
                        "spring.datasource.username=" + APP,
                        "spring.datasource.password=" + APP_PASSWORD,
                        "spring.flyway.user=" + OWNER,
                        "spring.flyway.password=" + OWNER_PASSWORD,
                        "vaadin.devmode.devTools.enabled=false")
                .applyTo(context);
        if (demoStory && context instanceof GenericApplicationContext registry) {
            registry.registerBean(nl.tweespoor.demo.DemoStoryForTests.class);
        }
    }

    /** For contexts configured with @DynamicPropertySource (the browser tests); they import DemoStoryForTests. */
    public static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.datasource.url", () -> url(SHARED));
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.flyway.user", () -> OWNER);
        registry.add("spring.flyway.password", () -> OWNER_PASSWORD);
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    public static String url(String database) {
        start();
        return serverUrlPrefix + database;
    }

    public static String appPassword() {
        return APP_PASSWORD;
    }

    public static String ownerPassword() {
        return OWNER_PASSWORD;
    }

    /**
     * Runs statements as the owner role on the shared database, committed: for what the app role may not do, such as
     * a temporary trigger that makes one step of an operation fail.
     */
    public static void asOwner(String... statements) {
        start();
        try (var connection = DriverManager.getConnection(url(SHARED), OWNER, OWNER_PASSWORD);
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs work as the owner role on the shared database in a transaction that is always rolled back. */
    public static void asOwnerRolledBack(Consumer<DSLContext> work) {
        start();
        try (var connection = DriverManager.getConnection(url(SHARED), OWNER, OWNER_PASSWORD)) {
            connection.setAutoCommit(false);
            try {
                work.accept(DSL.using(connection, SQLDialect.POSTGRES));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, empty database owned by the owner role (dropped first if an earlier class left one); returns its name. */
    private static synchronized String freshDatabase(String name) {
        start();
        if (CREATED.add(name)) {
            superUserSql(
                    "drop database if exists " + name + " with (force)", "create database " + name + " owner " + OWNER);
        }
        return name;
    }

    private static synchronized void start() {
        if (serverUrlPrefix != null) {
            return;
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            serverUrlPrefix = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/";
            superUser = container.getUsername();
            superPassword = container.getPassword();
        } else {
            try {
                var postgres =
                        EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                serverUrlPrefix = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
                superUser = "postgres";
                superPassword = "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        superUserSql(
                "create role " + OWNER + " login password '" + OWNER_PASSWORD + "'",
                "create role " + APP + " login password '" + APP_PASSWORD + "'",
                "create database " + SHARED + " owner " + OWNER);
        CREATED.add(SHARED);
    }

    private static void superUserSql(String... statements) {
        try (var connection = DriverManager.getConnection(serverUrlPrefix + "postgres", superUser, superPassword);
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test database", e);
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
