package nl.tweespoor.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database one Spring test context works on, and the connections of its pool. The context starts on a database
 * of its own; what that holds once the context has started (migrations, the demo story, what the app's start-up
 * wrote) becomes the context's template. Each test class then gets a fresh copy ({@link #renew()}): the pool keeps
 * its settings but draws its connections from here, so the context, its jOOQ DSLContext and its transaction manager
 * stay as they are and stay cached.
 */
final class ClassDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDatabase.class);

    private final boolean demoStory;
    private volatile String database;
    private final Connections connections = new Connections();
    private volatile boolean accepting = true;
    private String template;
    private HikariDataSource pool;
    private boolean used;

    ClassDatabase(String bootDatabase, boolean demoStory) {
        this.demoStory = demoStory;
        this.database = bootDatabase;
        connections.setUrl(TestDatabase.url(bootDatabase));
    }

    /** Makes the app's pool (Spring Boot's HikariDataSource) take its connections from this database. */
    BeanPostProcessor poolConnector() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && pool == null) {
                    hikari.setDataSource(connections);
                    pool = hikari;
                }
                return bean;
            }
        };
    }

    /** A fresh copy of the template for the next test class (or test); the one used so far is dropped. */
    synchronized void renew() {
        long start = System.nanoTime();
        var previous = database;
        accepting = false;
        evictPooledConnections();
        TestDatabase.disconnect(previous);
        if (template == null) {
            template = previous;
            if (demoStory) {
                TestDatabase.offerAsDemoStory(template);
            }
        } else {
            TestDatabase.drop(previous);
        }
        database = TestDatabase.copy(template);
        connections.setUrl(TestDatabase.url(database));
        used = false;
        accepting = true;
        // A connection the pool was opening to the old database while it was replaced: evicted too. Any other one
        // to it fails the check at borrow time (aliveBypassWindowMs=0, see TestDatabase) and is replaced.
        evictPooledConnections();
        TestDatabase.useAsCurrent(database);
        LOG.debug(
                "Test database {}: a copy of {} in {} ms", database, template, (System.nanoTime() - start) / 1_000_000);
    }

    private void evictPooledConnections() {
        if (pool != null && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    String name() {
        return database;
    }

    /** Marks the database as used by a test; {@link FreshDatabaseForEachTest} then renews it before the next one. */
    synchronized boolean markUsed() {
        var before = used;
        used = true;
        return before;
    }

    /**
     * Where the pool's connections come from: a plain driver data source (a type Spring Boot can derive Flyway's from)
     * on the current database, refusing while the database is being replaced.
     */
    private final class Connections extends SimpleDriverDataSource {

        Connections() {
            setDriverClass(org.postgresql.Driver.class);
        }

        @Override
        protected Connection getConnectionFromDriver(Properties props) throws SQLException {
            if (!accepting) {
                throw new SQLException("the test database is being replaced");
            }
            return super.getConnectionFromDriver(props);
        }
    }
}
