package nl.tweespoor.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.tweespoor.base.config.EmbeddedPostgresServer;
import nl.tweespoor.base.config.EmbeddedSecrets;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * {@code java -jar tweespoor.jar --tweespoor.restore=backup.zip --tweespoor.embedded.data-dir=/new/folder}: creates
 * an embedded database in an empty folder, migrates it to the backup's schema version, loads every table (in
 * foreign-key order, as the superuser with triggers switched off for this session only, since the rows are exactly
 * those of a consistent snapshot, closed reviews and audit events included), sets the identity sequences past the
 * highest id, and stops. Tweespoor then starts on that folder as usual.
 */
public final class RestoreCommand {

    private static final String RESTORE = "--tweespoor.restore=";
    private static final String DATA_DIR = "--tweespoor.embedded.data-dir=";
    private static final String BINARIES_DIR = "--tweespoor.embedded.binaries-dir=";

    private RestoreCommand() {}

    /** Runs the restore when the arguments ask for it; false when they don't (start the app as usual). */
    public static boolean runIfAsked(String[] args) {
        var backup = argument(args, RESTORE);
        if (backup.isEmpty()) {
            return false;
        }
        var home = Path.of(System.getProperty("user.home"), ".tweespoor");
        var dataDir = argument(args, DATA_DIR)
                .or(() -> environment("TWEESPOOR_EMBEDDED_DATA_DIR"))
                .map(Path::of)
                .orElse(home.resolve("data"));
        var binariesDir = argument(args, BINARIES_DIR)
                .or(() -> environment("TWEESPOOR_EMBEDDED_BINARIES_DIR"))
                .map(Path::of)
                .orElse(home.resolve("pgsql"));
        var manifest = restore(Path.of(backup.get()), dataDir, binariesDir);
        System.out.printf(
                "Restored %d tables (schema version %s) into %s%n",
                manifest.tables().size(), manifest.schemaVersion(), dataDir.toAbsolutePath());
        return true;
    }

    public static BackupManifest restore(Path backup, Path dataDir, Path binariesDir) {
        requireEmpty(dataDir);
        try (var zip = new ZipFile(backup.toFile())) {
            BackupManifest manifest;
            try (var in = zip.getInputStream(entry(zip, BackupManifest.ENTRY))) {
                manifest = BackupManifest.read(in);
            }
            try (var server = EmbeddedPostgresServer.start(dataDir, binariesDir, 0, false)) {
                migrate(server, manifest.schemaVersion());
                try (var connection = superuser(server)) {
                    load(connection, manifest, zip);
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be loaded: " + e.getMessage(), e);
        }
    }

    private static void migrate(EmbeddedPostgresServer server, String version) {
        Flyway.configure()
                .dataSource(
                        server.jdbcUrl(),
                        EmbeddedSecrets.OWNER,
                        server.secrets().ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", EmbeddedSecrets.APP))
                .target(version)
                .load()
                .migrate();
    }

    private static void load(Connection connection, BackupManifest manifest, ZipFile zip)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            var names = manifest.tables().stream()
                    .map(table -> "public.\"" + table.name() + '"')
                    .toList();
            if (!names.isEmpty()) {
                // Rows the migrations themselves inserted (default settings) make way for the backup's.
                statement.execute("truncate " + String.join(", ", names));
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : manifest.tables()) {
                long rows;
                try (InputStream in = zip.getInputStream(entry(zip, table.entry()))) {
                    rows = copy.copyIn(
                            "copy public.\"" + table.name() + "\" (" + table.columnList() + ") from stdin", in);
                }
                if (rows != table.rows()) {
                    throw new SQLException(
                            "Table " + table.name() + ": " + rows + " rows loaded, the backup has " + table.rows());
                }
            }
            for (var sequence : identitySequences(connection)) {
                statement.execute(sequence);
            }
        }
        connection.commit();
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("analyze");
        }
    }

    /** One setval per identity column, so new rows get ids after the restored ones. */
    private static List<String> identitySequences(Connection connection) throws SQLException {
        return DatabaseSchema.strings(
                connection,
                "select format('select setval(pg_get_serial_sequence(%L, %L),"
                        + " coalesce((select max(%I) from %I.%I), 0) + 1, false)', quote_ident(table_name), column_name,"
                        + " column_name, table_schema, table_name) from information_schema.columns"
                        + " where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')");
    }

    private static Connection superuser(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedSecrets.SUPERUSER, server.secrets().superuserPassword());
    }

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        var entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("The backup has no " + name);
        }
        return entry;
    }

    private static void requireEmpty(Path dataDir) {
        try {
            if (Files.exists(dataDir)) {
                try (var children = Files.list(dataDir)) {
                    if (children.findAny().isPresent()) {
                        throw new IllegalArgumentException(
                                "Restore only into an empty data folder; " + dataDir + " is not empty");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> argument(String[] args, String prefix) {
        for (var arg : args) {
            if (arg.startsWith(prefix) && arg.length() > prefix.length()) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
