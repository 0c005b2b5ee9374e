package nl.tweespoor.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.tweespoor.support.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as a server of its own: durable, password-only, local-only, least privilege. */
class EmbeddedPostgresServerTest {

    static final Path BINARIES = Path.of(System.getProperty("user.home"), ".tweespoor", "pgsql");

    @TempDir
    Path folder;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (var server : servers) {
            server.close();
        }
    }

    private EmbeddedPostgresServer start(Path dataDir) {
        var server = EmbeddedPostgresServer.start(dataDir, BINARIES, 0, true);
        servers.add(server);
        return server;
    }

    @Test
    void refuses_connections_without_the_generated_password_and_listens_on_localhost_only() throws Exception {
        var server = start(folder.resolve("data"));
        var secrets = server.secrets();

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null)
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres")
                        .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedSecrets.APP, "")
                        .close())
                .isInstanceOf(SQLException.class);
        assertThat(Files.getPosixFilePermissions(server.dataDir().resolve(EmbeddedSecrets.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(secrets.superuserPassword())
                .hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(secrets.ownerPassword())
                .isNotEqualTo(secrets.appPassword());

        try (var superuser = superuser(server)) {
            assertThat(show(superuser, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(superuser, "unix_socket_directories")).isEmpty();
            assertThat(column(superuser, "select distinct auth_method from pg_hba_file_rules"))
                    .containsExactly("scram-sha-256");
        }
        for (var address : otherAddressesOfThisMachine()) {
            assertThatThrownBy(() -> {
                        try (var socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, server.port()), 2000);
                        }
                    })
                    .as("connecting on %s", address)
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void the_apps_role_is_a_plain_login_role() throws Exception {
        var server = start(folder.resolve("data"));

        try (var app = DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedSecrets.APP, server.secrets().appPassword())) {
            assertThat(column(
                            app,
                            "select concat_ws(',', rolsuper, rolcreatedb, rolcreaterole, rolreplication,"
                                    + " rolbypassrls) from pg_roles where rolname = current_user"))
                    .containsExactly("f,f,f,f,f");
            assertThatThrownBy(() -> execute(app, "create table intruder (id int)"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(app, "alter system set fsync = off"))
                    .isInstanceOf(SQLException.class);
        }
        try (var owner = DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedSecrets.OWNER, server.secrets().ownerPassword())) {
            assertThat(column(
                            owner,
                            "select concat_ws(',', rolsuper, rolcreatedb, rolcreaterole) from pg_roles"
                                    + " where rolname = current_user"))
                    .containsExactly("f,f,f");
            assertThat(column(owner, "select nspowner::regrole::text from pg_namespace where nspname = 'public'"))
                    .containsExactly(EmbeddedSecrets.OWNER);
        }
    }

    @Test
    void every_confirmed_commit_survives_a_kill_of_the_server_and_the_watchdog_starts_it_again() throws Exception {
        var server = start(folder.resolve("data"));
        try (var owner = owner(server)) {
            execute(owner, "create table drill (id bigint primary key, payload text not null)");
        }
        var confirmed = new ConcurrentLinkedQueue<Long>();
        var writer = new Thread(() -> {
            try (var owner = owner(server);
                    var insert = owner.prepareStatement("insert into drill values (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "row " + id);
                    insert.executeUpdate();
                    confirmed.add(id);
                }
            } catch (SQLException e) {
                // the server was killed under the writer: expected
            }
        });
        writer.start();
        Poll.untilPasses(
                Duration.ofSeconds(60),
                "200 confirmed commits",
                () -> assertThat(confirmed).hasSizeGreaterThanOrEqualTo(200));
        var killed = server.pid();

        var postmaster = ProcessHandle.of(killed).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        writer.join(Duration.ofSeconds(60));

        assertThat(writer.isAlive()).as("writer stopped by the kill").isFalse();
        try (var owner =
                Poll.until(Duration.ofSeconds(60), "the watchdog starting the server again", () -> owner(server))) {
            assertThat(server.pid()).isNotEqualTo(killed);
            var stored = new HashSet<Long>();
            for (var id : column(owner, "select id from drill")) {
                stored.add(Long.valueOf(id));
            }
            assertThat(stored).containsAll(confirmed);
            execute(owner, "set enable_seqscan = off");
            assertThat(column(owner, "select count(*) from drill where id > 0"))
                    .containsExactly(Integer.toString(stored.size()));
            assertThat(column(owner, "select count(*) from drill where payload <> 'row ' || id"))
                    .containsExactly("0");
            assertThat(show(owner, "fsync")).isEqualTo("on");
            assertThat(show(owner, "synchronous_commit")).isEqualTo("on");
            assertThat(show(owner, "full_page_writes")).isEqualTo("on");
            assertThat(show(owner, "data_checksums")).isEqualTo("on");
        }
    }

    @Test
    void a_data_folder_of_the_earlier_trusting_version_is_converted_on_its_first_start() throws Exception {
        var dataDir = folder.resolve("old");
        try (var old = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
                var postgres = old.getPostgresDatabase().getConnection()) {
            execute(postgres, "create table item (id bigint generated by default as identity primary key, name text)");
            execute(postgres, "create view item_names as select name from item");
            execute(
                    postgres,
                    "create function item_count() returns bigint language sql as 'select count(*) from item'");
            execute(postgres, "insert into item (name) values ('kept')");
        }

        var server = start(dataDir);

        assertThat(server.secrets().database()).isEqualTo("postgres");
        assertThat(server.jdbcUrl()).endsWith("/postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null)
                        .close())
                .isInstanceOf(SQLException.class);
        try (var owner = owner(server)) {
            assertThat(column(owner, "select name from item")).containsExactly("kept");
            assertThat(column(owner, "select item_count()")).containsExactly("1");
            assertThat(column(
                            owner,
                            "select distinct relowner::regrole::text from pg_class"
                                    + " where relnamespace = 'public'::regnamespace"))
                    .containsExactly(EmbeddedSecrets.OWNER);
            assertThat(column(owner, "select proowner::regrole::text from pg_proc where proname = 'item_count'"))
                    .containsExactly(EmbeddedSecrets.OWNER);
            execute(owner, "insert into item (name) values ('added by the owner')");
        }
    }

    static Connection superuser(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(), "postgres", server.secrets().superuserPassword());
    }

    static Connection owner(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedSecrets.OWNER, server.secrets().ownerPassword());
    }

    static String show(Connection connection, String setting) throws SQLException {
        return column(connection, "show " + setting).getFirst();
    }

    static List<String> column(Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<java.net.InetAddress> otherAddressesOfThisMachine() throws java.net.SocketException {
        var addresses = new ArrayList<java.net.InetAddress>();
        for (var networkInterface : NetworkInterface.networkInterfaces().toList()) {
            networkInterface
                    .inetAddresses()
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .forEach(addresses::add);
        }
        return addresses;
    }
}
