package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;

import java.util.Set;
import java.util.regex.Pattern;
import nl.tweespoor.base.ColumnLimits;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.security.Role;

/** Validation of account fields (passwords: security.PasswordPolicy); plain Java, the service applies it before any write. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    private AccountRules() {}

    static String username(String username) {
        var trimmed = username == null ? "" : username.trim();
        if (trimmed.isBlank()) {
            throw new InvalidInputException("admin.user.username-required");
        }
        ColumnLimits.text("field.account-username", trimmed, APP_USER.USERNAME);
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
        ColumnLimits.text("field.account-display-name", trimmed, APP_USER.DISPLAY_NAME);
        return trimmed;
    }

    /** Optional; blank becomes null. */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var trimmed = email.trim();
        ColumnLimits.text("field.account-email", trimmed, APP_USER.EMAIL);
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
