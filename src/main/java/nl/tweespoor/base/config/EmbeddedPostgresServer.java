package nl.tweespoor.base.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tweespoor's own PostgreSQL on a kept data folder, set up like a server install: durable (fsync, synchronous commit
 * and full-page writes on), password authentication only (scram-sha-256, generated passwords in
 * {@link EmbeddedSecrets}), listening on 127.0.0.1 only and no Unix socket, and the roles of {@link EmbeddedRoles}.
 * A data folder of an earlier version (trust authentication, no secrets) is converted on its first start.
 * <p>
 * A watchdog starts the server again on the same data folder when its process ends without {@link #stop()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    /** Its own threads, so a restart never waits for (or blocks) the common pool. */
    private static final Executor WATCHDOG = runnable -> {
        var thread = new Thread(runnable, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        thread.start();
    };

    private static final String HBA = """
            # Written by Tweespoor at every start: password authentication (scram-sha-256), from this machine only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final int port;
    private final EmbeddedSecrets secrets;
    private final boolean watchdog;
    private final Object lifecycle = new Object();
    private volatile @Nullable Process process;
    private volatile boolean stopped;
    private volatile boolean closed;

    private EmbeddedPostgresServer(
            PostgresBinaries binaries, Path dataDir, int port, EmbeddedSecrets secrets, boolean watchdog) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.secrets = secrets;
        this.watchdog = watchdog;
    }

    /**
     * Starts the server on the data folder (creating or converting it first).
     *
     * @param port 0 for a free port
     * @param watchdog whether to start the server again when its process ends unexpectedly
     */
    public static EmbeddedPostgresServer start(Path dataDir, Path binariesDir, int port, boolean watchdog) {
        try {
            var folder = dataDir.toAbsolutePath();
            Files.createDirectories(folder);
            var binaries = PostgresBinaries.unpackInto(binariesDir.toAbsolutePath());
            var secrets = prepare(binaries, folder);
            var server =
                    new EmbeddedPostgresServer(binaries, folder, port > 0 ? port : FreePort.find(), secrets, watchdog);
            server.launch();
            EmbeddedRoles.apply(server.jdbcUrlPrefix(), secrets);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL's roles", e);
        }
    }

    /** The URL of the app's database. */
    public String jdbcUrl() {
        return jdbcUrlPrefix() + secrets.database();
    }

    public EmbeddedSecrets secrets() {
        return secrets;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    /**
     * The process id of the running postmaster. Waits for a start in progress: the server accepts connections a
     * moment before {@link #launch()} has seen it ready and published the new process.
     */
    public long pid() {
        @Nullable Process current;
        synchronized (lifecycle) {
            current = process;
        }
        if (current == null || !current.isAlive()) {
            throw new IllegalStateException("The embedded PostgreSQL is not running");
        }
        return current.pid();
    }

    public boolean isRunning() {
        var current = process;
        return current != null && current.isAlive();
    }

    /** Stops the server on purpose (pg_ctl stop, fast mode): the watchdog leaves it stopped. */
    public void stop() {
        synchronized (lifecycle) {
            stopped = true;
            var current = process;
            if (current == null || !current.isAlive()) {
                return;
            }
            run(binaries.command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
            current.onExit().join();
        }
    }

    /** Starts the server again after {@link #stop()}. */
    public void restart() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("The embedded PostgreSQL was closed");
            }
            stopped = false;
            if (!isRunning()) {
                launch();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        stop();
    }

    private String jdbcUrlPrefix() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    private static EmbeddedSecrets prepare(PostgresBinaries binaries, Path dataDir) throws IOException {
        var existing = EmbeddedSecrets.read(dataDir);
        EmbeddedSecrets secrets;
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            LOG.info("Creating the embedded PostgreSQL's data folder {}", dataDir);
            secrets = EmbeddedSecrets.generate("tweespoor");
            initdb(binaries, dataDir, secrets);
        } else if (existing.isEmpty()) {
            LOG.info("Converting the embedded PostgreSQL in {} to password authentication and own roles", dataDir);
            stopOrphan(binaries, dataDir);
            secrets = EmbeddedSecrets.generate("postgres");
            singleUser(binaries, dataDir, "alter role postgres password '" + secrets.superuserPassword() + "'");
        } else {
            secrets = existing.get();
            stopOrphan(binaries, dataDir);
        }
        Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        if (existing.isEmpty()) {
            secrets.write(dataDir);
        }
        return secrets;
    }

    private static void initdb(PostgresBinaries binaries, Path dataDir, EmbeddedSecrets secrets) throws IOException {
        var passwordFile = Files.createTempFile(
                "tweespoor-pw",
                ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, secrets.superuserPassword() + "\n");
            run(binaries.command(
                    "initdb",
                    "-D",
                    dataDir.toString(),
                    "-U",
                    EmbeddedSecrets.SUPERUSER,
                    "-A",
                    "scram-sha-256",
                    "--pwfile=" + passwordFile,
                    "-E",
                    "UTF-8"));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** Runs one statement without any network listener (single-user mode), for the conversion of an old folder. */
    private static void singleUser(PostgresBinaries binaries, Path dataDir, String statement) throws IOException {
        var builder = new ProcessBuilder(binaries.command(
                "postgres",
                "--single",
                "-D",
                dataDir.toString(),
                "-c",
                "listen_addresses=",
                "-c",
                "unix_socket_directories=",
                "postgres"));
        builder.redirectErrorStream(true);
        var output = logFile(dataDir);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        var single = builder.start();
        try (var input = single.getOutputStream()) {
            input.write((statement + "\n").getBytes(StandardCharsets.UTF_8));
        }
        waitFor(single, builder.command(), output);
    }

    /** A postmaster left running on this folder (e.g. by a killed JVM) is stopped first. */
    private static void stopOrphan(PostgresBinaries binaries, Path dataDir) throws IOException {
        readPidFile(dataDir)
                .flatMap(lines -> parsePid(lines.getFirst()))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .ifPresent(orphan -> {
                    LOG.warn("Stopping a PostgreSQL (pid {}) left running on {}", orphan.pid(), dataDir);
                    run(binaries.command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60"));
                });
    }

    private void launch() {
        synchronized (lifecycle) {
            try {
                var builder = new ProcessBuilder(binaries.command(
                        "postgres",
                        "-D",
                        dataDir.toString(),
                        "-p",
                        Integer.toString(port),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "unix_socket_directories=",
                        "-c",
                        "fsync=on",
                        "-c",
                        "synchronous_commit=on",
                        "-c",
                        "full_page_writes=on",
                        "-c",
                        "password_encryption=scram-sha-256",
                        "-c",
                        "timezone=UTC",
                        "-c",
                        "logging_collector=on",
                        "-c",
                        "log_directory=log",
                        "-c",
                        "log_filename=postgresql-%a.log",
                        "-c",
                        "log_truncate_on_rotation=on",
                        "-c",
                        "log_rotation_age=1d",
                        "-c",
                        "log_rotation_size=0"));
                builder.redirectErrorStream(true);
                builder.redirectOutput(
                        ProcessBuilder.Redirect.appendTo(logFile(dataDir).toFile()));
                var started = builder.start();
                waitUntilReady(started);
                process = started;
                LOG.info(
                        "Embedded PostgreSQL (pid {}) ready on 127.0.0.1:{} with data in {}",
                        started.pid(),
                        port,
                        dataDir);
                if (watchdog) {
                    started.onExit().thenRunAsync(() -> startAgainIfUnexpected(started), WATCHDOG);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void startAgainIfUnexpected(Process ended) {
        var attempt = 0;
        while (!closed && !stopped && process == ended) {
            if (attempt++ == 0) {
                LOG.warn(
                        "The embedded PostgreSQL (pid {}) ended with exit code {}; starting it again",
                        ended.pid(),
                        ended.exitValue());
            }
            try {
                synchronized (lifecycle) {
                    if (!closed && !stopped && process == ended) {
                        launch();
                    }
                }
            } catch (RuntimeException e) {
                // Backends of the killed server may still hold its shared memory for a moment: try again.
                LOG.warn("Starting the embedded PostgreSQL again failed (attempt {}): {}", attempt, e.getMessage());
                pause(Duration.ofMillis(Math.min(2000, 200L * attempt)));
            }
        }
    }

    private void waitUntilReady(Process started) throws IOException {
        var deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("The embedded PostgreSQL did not start (exit code "
                        + started.exitValue() + "); see " + logFile(dataDir) + " and " + dataDir.resolve("log"));
            }
            var lines = readPidFile(dataDir).orElse(List.of());
            if (lines.size() >= 8
                    && parsePid(lines.getFirst()).orElse(-1L) == started.pid()
                    && "ready".equals(lines.get(7).trim())) {
                return;
            }
            pause(Duration.ofMillis(20));
        }
        started.destroyForcibly();
        throw new IllegalStateException("The embedded PostgreSQL was not ready within " + START_LIMIT);
    }

    private static Optional<List<String>> readPidFile(Path dataDir) throws IOException {
        try {
            return Optional.of(Files.readAllLines(dataDir.resolve("postmaster.pid")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path logFile(Path dataDir) throws IOException {
        return Files.createDirectories(dataDir.resolve("log")).resolve("startup.log");
    }

    private static void run(List<String> command) {
        try {
            var builder = new ProcessBuilder(command);
            builder.redirectErrorStream(true);
            var output = Files.createTempFile("tweespoor-pg", ".log");
            builder.redirectOutput(output.toFile());
            try {
                waitFor(builder.start(), command, output);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(Process running, List<String> command, Path output) throws IOException {
        try {
            if (running.waitFor() != 0) {
                throw new IllegalStateException(
                        command + " failed (exit code " + running.exitValue() + "): " + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
