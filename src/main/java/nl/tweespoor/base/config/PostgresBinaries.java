package nl.tweespoor.base.config;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.springframework.util.FileSystemUtils;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs shipped in the zonky binaries jar, unpacked once into a folder named after the archive's
 * digest. Only the binaries come from zonky: Tweespoor runs initdb and postgres itself, with its own settings
 * (zonky hard-codes a test database's {@code -F} and trust authentication). As root the programs run under
 * {@code unshare -U}, because PostgreSQL refuses to run as root.
 */
final class PostgresBinaries {

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    static synchronized PostgresBinaries unpackInto(Path parent) {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
            if (archive == null) {
                throw new IllegalStateException("No embedded PostgreSQL binaries for this machine");
            }
            var bytes = archive.readAllBytes();
            var home = parent.resolve("PG-" + digest(bytes));
            if (!Files.exists(home.resolve(".complete")) || !Files.isExecutable(home.resolve("bin/postgres"))) {
                unpack(bytes, home);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line that runs one of the programs (initdb, postgres, pg_ctl) with the given arguments. */
    List<String> command(String program, String... arguments) {
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static void unpack(byte[] bytes, Path home) throws IOException {
        var staging = Files.createDirectories(home.resolveSibling(
                home.getFileName() + ".unpacking-" + ProcessHandle.current().pid()));
        try (var tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bytes)))) {
            for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                var target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        if (Files.exists(home) && !Files.exists(home.resolve(".complete"))) {
            FileSystemUtils.deleteRecursively(home); // left half-done by an earlier attempt
        }
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another process unpacked the same archive at the same time: use its copy
            FileSystemUtils.deleteRecursively(staging);
            if (!Files.exists(home.resolve(".complete"))) {
                throw e;
            }
        }
    }

    private static String architecture() {
        var arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
