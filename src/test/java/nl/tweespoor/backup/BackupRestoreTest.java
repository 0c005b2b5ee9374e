package nl.tweespoor.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.admin.ui.SettingsView;
import nl.tweespoor.base.config.EmbeddedPostgresServer;
import nl.tweespoor.base.config.EmbeddedSecrets;
import nl.tweespoor.support.EmbeddedAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** An admin's backup of the embedded database, restored into a fresh data folder: every table identical. */
class BackupRestoreTest extends EmbeddedAppTest {

    @Autowired
    BackupService backup;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("admin")
    void a_backup_restored_into_a_fresh_folder_has_every_table_row_for_row() throws Exception {
        var zip = folder.resolve("backup.zip");
        try (var out = Files.newOutputStream(zip)) {
            backup.write(out);
        }
        var original = contents(server);
        var restoredDir = folder.resolve("restored");

        assertThat(RestoreCommand.runIfAsked(new String[] {
                    "--tweespoor.restore=" + zip,
                    "--tweespoor.embedded.data-dir=" + restoredDir,
                    "--tweespoor.embedded.binaries-dir=" + BINARIES
                }))
                .isTrue();

        try (var restored = EmbeddedPostgresServer.start(restoredDir, BINARIES, 0, false)) {
            var copy = contents(restored);
            assertThat(copy.keySet()).containsExactlyElementsOf(original.keySet());
            original.forEach(
                    (table, rows) -> assertThat(copy.get(table)).as(table).isEqualTo(rows));
            assertThat(original.get("audit_event")).anyMatch(row -> row.contains("BACKUP_DOWNLOADED"));
            assertThat(original.get("app_user")).isNotEmpty();
            try (var app = DriverManager.getConnection(
                    restored.jdbcUrl(), EmbeddedSecrets.APP, restored.secrets().appPassword())) {
                // identities continue after the restored ids
                var maxId = single(app, "select max(id) from department");
                var newId = single(app, "insert into department (name) values ('Na het terugzetten') returning id");
                assertThat(Long.parseLong(newId)).isGreaterThan(Long.parseLong(maxId));
            }
        }
    }

    @Test
    void a_restore_refuses_a_folder_that_is_not_empty() throws Exception {
        Files.writeString(folder.resolve("something"), "kept");

        assertThatThrownBy(() -> RestoreCommand.restore(folder.resolve("none.zip"), folder, BINARIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThat(folder.resolve("something")).hasContent("kept");
    }

    @Test
    @WithUserDetails("leader")
    void only_admins_download_a_backup() {
        assertThatThrownBy(() -> backup.write(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_settings_page_offers_the_download_to_admins() {
        navigate(SettingsView.class);

        assertThat($(Anchor.class).id("backup-download").getText()).isEqualTo(text("admin.backup.download"));
    }

    /** Every table's rows as COPY writes them, sorted; Flyway's history compared by version only. */
    private static Map<String, List<String>> contents(EmbeddedPostgresServer server) throws Exception {
        try (var connection = DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedSecrets.SUPERUSER, server.secrets().superuserPassword())) {
            var tables = new LinkedHashMap<String, List<String>>();
            for (var table : DatabaseSchema.strings(
                    connection,
                    "select relname from pg_class where relkind = 'r'"
                            + " and relnamespace = 'public'::regnamespace order by relname")) {
                var query = table.equals(DatabaseSchema.FLYWAY_TABLE)
                        ? "select version, description, checksum, success from " + table
                        : "select * from " + table;
                tables.put(table, rows(connection, query));
            }
            return tables;
        }
    }

    private static List<String> rows(Connection connection, String query) throws SQLException, java.io.IOException {
        var out = new ByteArrayOutputStream();
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout", out);
        var rows = new ArrayList<>(
                List.of(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        rows.removeIf(String::isEmpty);
        rows.sort(null);
        return rows;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        return DatabaseSchema.strings(connection, sql).getFirst();
    }
}
