package nl.tweespoor.admin;

import java.util.Set;
import nl.tweespoor.security.Role;

/** A user account as the admin sees it (never the password). */
public record UserRow(
        long id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean active,
        boolean mustChangePassword,
        int version) {

    public UserRow {
        roles = Set.copyOf(roles);
    }
}
