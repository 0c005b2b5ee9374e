package nl.tweespoor.admin;

import java.util.Set;
import nl.tweespoor.security.Role;

/** What an admin enters for a new account; the initial password must be changed at first login. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String initialPassword) {}
