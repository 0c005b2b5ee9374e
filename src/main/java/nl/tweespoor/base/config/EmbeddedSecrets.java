package nl.tweespoor.base.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;

/**
 * The generated passwords of the embedded PostgreSQL's three roles and the name of the app's database, kept in the
 * data folder in a file only its owner may read (0600).
 *
 * @param database the database holding Tweespoor's tables ({@code postgres} for data folders of earlier versions)
 */
public record EmbeddedSecrets(String database, String superuserPassword, String ownerPassword, String appPassword) {

    public static final String FILE_NAME = "tweespoor-secrets.properties";
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "tweespoor_owner";
    public static final String APP = "tweespoor_app";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static EmbeddedSecrets generate(String database) {
        return new EmbeddedSecrets(database, password(), password(), password());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    static Optional<EmbeddedSecrets> read(Path dataDir) {
        var file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return Optional.of(new EmbeddedSecrets(
                    properties.getProperty("database"),
                    properties.getProperty("superuser.password"),
                    properties.getProperty("owner.password"),
                    properties.getProperty("app.password")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written to a new 0600 file first and then moved into place, so the secrets are never readable by others. */
    void write(Path dataDir) {
        var properties = new Properties();
        properties.setProperty("database", database);
        properties.setProperty("superuser", SUPERUSER);
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("owner", OWNER);
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("app", APP);
        properties.setProperty("app.password", appPassword);
        try {
            var text = new StringWriter();
            properties.store(text, "Tweespoor embedded PostgreSQL: generated passwords. Keep this file private.");
            var temporary = dataDir.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String password() {
        var password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "EmbeddedSecrets[database=" + database + "]";
    }
}
