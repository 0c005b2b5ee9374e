package nl.tweespoor.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * A database of its own for a migration's test: migrated to the version before the one under test, filled with plain
 * SQL as the owner (the generated classes know only the latest schema), then migrated to the latest version.
 */
public final class MigrationDatabase {

    private final String name;

    private MigrationDatabase(String name) {
        this.name = name;
    }

    /** A new empty database migrated up to {@code version}. */
    public static MigrationDatabase migratedTo(String version) {
        var database = new MigrationDatabase(TestDatabase.emptyDatabase());
        database.flyway(version).migrate();
        return database;
    }

    public void migrateToLatest() {
        flyway(null).migrate();
    }

    /** A connection as the schema's owner, who may write what the app role may not. */
    public Connection owner() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(name), TestDatabase.OWNER, TestDatabase.ownerPassword());
    }

    public void drop() {
        TestDatabase.dropDatabase(name);
    }

    private Flyway flyway(@Nullable String target) {
        var configuration = Flyway.configure()
                .dataSource(TestDatabase.url(name), TestDatabase.OWNER, TestDatabase.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", TestDatabase.APP));
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
