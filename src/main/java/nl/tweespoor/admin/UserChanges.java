package nl.tweespoor.admin;

import java.util.Set;
import nl.tweespoor.security.Role;

/** What an admin may change on an existing account. */
public record UserChanges(String displayName, String email, Set<Role> roles) {}
