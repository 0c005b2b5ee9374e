package nl.tweespoor.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.tweespoor.base.InvalidInputException;

/**
 * What a new password must be (OWASP ASVS 5.0 V6.2): at least 12 characters, at most what bcrypt reads, not the
 * user name and not on the list of common passwords shipped in security/common-passwords.txt. No rules on character
 * classes. Applies to every password a person chooses: admin create and reset, own change, the first admin.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_BYTES = 72;

    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private PasswordPolicy() {}

    /** Refuses a password that breaks a rule, with a translated message. */
    public static void check(String password, String username) {
        if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("admin.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("admin.password.too-long", MAX_BYTES);
        }
        var lower = password.trim().toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("admin.password.is-username");
        }
        if (Common.PASSWORDS.contains(lower)) {
            throw new InvalidInputException("admin.password.too-common");
        }
    }

    /** Loaded once, on first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            var stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (stream == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            var passwords = new HashSet<String>(64_000);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines()
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
