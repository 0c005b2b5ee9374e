package nl.tweespoor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get a real PostgreSQL: a Testcontainers container when a Docker engine is there, else an
 * embedded PostgreSQL in a fresh folder. Started once per test JVM and shared by all Spring contexts.
 * <p>
 * Tests run the way a production install should: Flyway migrates as the owner role {@value #OWNER}, the app signs in
 * as the plain login role {@value #APP} and gets only what the migrations grant it.
 * <p>
 * Every test class works on a database of its own, cloned from its Spring context's template
 * ({@link FreshDatabasePerClass}); {@link #current()} is the one the running test uses. The first context with the
 * demo story builds it once; later contexts start on a copy of it instead of loading it again.
 */
public final class TestDatabase {

    public static final String OWNER = "tweespoor_owner";
    public static final String APP = "tweespoor_app";
    private static final String OWNER_PASSWORD = "owner-secret-for-tests";
    private static final String APP_PASSWORD = "app-secret-for-tests";

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static String serverUrlPrefix;
    private static Connection superUser;
    private static String demoStory;
    private static volatile String current;

    static {
        // The pool checks each connection as it lends it out, even one used a moment ago: after a test class's
        // database is replaced, a connection to the old one is found dead and replaced instead of being lent out.
        // Also set in the pom, for a pool that starts before this class loads; it is read once per JVM.
        System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
    }

    private TestDatabase() {}

    /**
     * Points a Spring test context at a database of its own (see {@link ClassDatabase}) and loads the demo story into
     * it, unless {@code tweespoor.test.demo-story=false} (an empty database, as a new installation has). The one
     * initializer of every Spring test base class, so service tests and browserless UI tests share one cached
     * application context.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var demo = !"false".equals(context.getEnvironment().getProperty("tweespoor.test.demo-story"));
            var database = new ClassDatabase(bootDatabase(demo), demo);
            TestPropertyValues.of(
                            "spring.datasource.url=" + url(database.name()),
                            "spring.datasource.username=" + APP,
                            "spring.datasource.password=" + APP_PASSWORD,
                            "spring.flyway.user=" + OWNER,
                            "spring.flyway.password=" + OWNER_PASSWORD,
                            "vaadin.devmode.devTools.enabled=false")
                    .applyTo(context);
            context.getBeanFactory().registerSingleton("classDatabase", database);
            context.getBeanFactory().addBeanPostProcessor(database.poolConnector());
            if (demo && context instanceof GenericApplicationContext registry) {
                registry.registerBean(nl.tweespoor.demo.DemoStoryForTests.class);
            }
        }
    }

    public static String url(String database) {
        start();
        return serverUrlPrefix + database;
    }

    /** The database of the running test class. */
    public static String current() {
        var name = current;
        if (name == null) {
            throw new IllegalStateException("No test class has a database yet");
        }
        return name;
    }

    static void useAsCurrent(String database) {
        current = database;
    }

    public static String appPassword() {
        return APP_PASSWORD;
    }

    public static String ownerPassword() {
        return OWNER_PASSWORD;
    }

    /**
     * Runs statements as the owner role on the running test's database, committed: for what the app role may not do,
     * such as a temporary trigger that makes one step of an operation fail. The database is the test class's own.
     */
    public static void asOwner(String... statements) {
        try (var connection = DriverManager.getConnection(url(current()), OWNER, OWNER_PASSWORD);
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs work as the owner role on the running test's database in a transaction that is always rolled back. */
    public static void asOwnerRolledBack(Consumer<DSLContext> work) {
        try (var connection = DriverManager.getConnection(url(current()), OWNER, OWNER_PASSWORD)) {
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

    /**
     * The database a new Spring context starts on: a copy of the demo story when {@code demo} and an earlier context
     * built it already, else a new, empty one (Flyway migrates it; the demo story, if asked, is loaded into it).
     */
    static synchronized String bootDatabase(boolean demo) {
        start();
        var name = "context_" + NAMES.incrementAndGet();
        if (demo && demoStory != null) {
            superUserSql("create database " + name + " template " + demoStory + " owner " + OWNER);
        } else {
            superUserSql("create database " + name + " owner " + OWNER);
        }
        return name;
    }

    /** The first sealed template with the demo story is the one later contexts start from. */
    static synchronized void offerAsDemoStory(String template) {
        if (demoStory == null) {
            demoStory = template;
        }
    }

    /** Ends every connection to the database, so it can serve as a template or be dropped. */
    static synchronized void disconnect(String database) {
        superUserSql("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'"
                + " and pid <> pg_backend_pid()");
    }

    /**
     * A new, empty database owned by the owner role, for a test that runs the migrations itself (a migration's test:
     * the data before it, then the migration). Drop it with {@link #dropDatabase}.
     */
    public static synchronized String emptyDatabase() {
        start();
        var name = "empty_" + NAMES.incrementAndGet();
        superUserSql("create database " + name + " owner " + OWNER);
        return name;
    }

    public static void dropDatabase(String database) {
        drop(database);
    }

    /**
     * A new database {@code name}, a copy of {@code template}. The template must have no connections; one that a
     * context's background work (a scheduled job, a pool refilling) opened after {@link #disconnect} is ended and the
     * copy tried again, a few times, rather than failing the test class that happened to come next.
     */
    static synchronized String copy(String template) {
        var name = template + "_" + NAMES.incrementAndGet();
        for (int attempt = 1; ; attempt++) {
            try {
                superUserSql("create database " + name + " template " + template + " owner " + OWNER);
                return name;
            } catch (IllegalStateException e) {
                if (attempt == 5 || !templateInUse(e)) {
                    throw e;
                }
                disconnect(template);
            }
        }
    }

    /** PostgreSQL's "source database is being accessed by other users" (SQLSTATE 55006, object in use). */
    private static boolean templateInUse(IllegalStateException e) {
        return e.getCause() instanceof SQLException sql && "55006".equals(sql.getSQLState());
    }

    static synchronized void drop(String database) {
        superUserSql("drop database if exists " + database + " with (force)");
    }

    private static synchronized void start() {
        if (serverUrlPrefix != null) {
            return;
        }
        String user;
        String password;
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:18-alpine");
            container.start();
            serverUrlPrefix = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/";
            user = container.getUsername();
            password = container.getPassword();
        } else {
            try {
                var postgres =
                        EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
                serverUrlPrefix = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
                user = "postgres";
                password = "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            superUser = DriverManager.getConnection(serverUrlPrefix + "postgres", user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the test database server", e);
        }
        superUserSql(
                "create role " + OWNER + " login password '" + OWNER_PASSWORD + "'",
                "create role " + APP + " login password '" + APP_PASSWORD + "'");
    }

    private static void superUserSql(String... statements) {
        try (var statement = java.util.Objects.requireNonNull(superUser).createStatement()) {
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
