package nl.tweespoor.admin;

import java.util.Set;
import java.util.regex.Pattern;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.security.Role;

/** Validation of account fields (passwords: security.PasswordPolicy); plain Java, the service applies it before any write. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    private AccountRules() {
    }

    static String username(String username) {
        var trimmed = username == null ? "" : username.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("admin.user.username-required");
        }
        if (trimmed.length() > 60) {
            throw new InvalidInputException("validation.too-long", "field.account-username", 60);
        }
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new InvalidInputException("admin.user.username-characters");
        }
        return trimmed;
    }

    static String displayName(String displayName) {
        var trimmed = displayName == null ? "" : displayName.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("admin.user.display-name-required");
        }
        if (trimmed.length() > 120) {
            throw new InvalidInputException("validation.too-long", "field.account-display-name", 120);
        }
        return trimmed;
    }

    /** Optional; blank becomes null. */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var trimmed = email.trim();
        if (trimmed.length() > 200) {
            throw new InvalidInputException("validation.too-long", "field.account-email", 200);
        }
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
