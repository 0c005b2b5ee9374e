package nl.tweespoor.admin;

import java.util.Set;
import java.util.regex.Pattern;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.Role;
import org.jspecify.annotations.Nullable;

/** Validation of account fields (passwords: security.PasswordPolicy); plain Java, the service applies it before any write. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    /** app_user's column lengths (DeclaredLimitsTest); the user form reads them too. */
    public static final int MAX_USERNAME = 60;

    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MAX_EMAIL = 200;

    private AccountRules() {}

    static String username(String username) {
        var trimmed = username == null ? "" : username.trim();
        if (trimmed.isBlank()) {
            throw new InvalidInputException("admin.user.username-required");
        }
        Drafts.text("field.account-username", trimmed, MAX_USERNAME);
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new InvalidInputException("admin.user.username-characters");
        }
        return trimmed;
    }

    static String displayName(String displayName) {
        var trimmed = displayName == null ? "" : displayName.trim();
        if (trimmed.isBlank()) {
            throw new InvalidInputException("admin.user.display-name-required");
        }
        Drafts.text("field.account-display-name", trimmed, MAX_DISPLAY_NAME);
        return trimmed;
    }

    /** Optional; blank becomes null. */
    static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var trimmed = email.trim();
        Drafts.text("field.account-email", trimmed, MAX_EMAIL);
        int at = trimmed.indexOf('@');
        if (at < 1 || at == trimmed.length() - 1 || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("admin.user.email-invalid");
        }
        return trimmed;
    }

    static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("admin.user.roles-required");
        }
        return Set.copyOf(roles);
    }
}
