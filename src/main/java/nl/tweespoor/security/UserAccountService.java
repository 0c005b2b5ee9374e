package nl.tweespoor.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account settings, and the very first account of a new installation. */
@Service
public class UserAccountService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserAccountService(
            UserAccountRepository users,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Remembers the user's language for their next session. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Locale locale) {
        var language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        users.updateLocale(currentUser.require().id(), language);
    }

    /**
     * Creates the first admin of an empty database (audited, actor 'system'); does nothing once any user exists.
     * The password must meet the PasswordPolicy (InvalidInputException otherwise). Every later account is made by
     * an admin through admin.UserAdminService. Only the start-up bootstrap calls it, so it is not public.
     */
    @Transactional
    boolean createFirstAdminIfEmpty(String username, String password, boolean mustChangePassword) {
        // Two instances starting on one new database at once: the second waits here and then finds the admin.
        users.lockFirstAccount();
        if (users.anyUserExists()) {
            return false;
        }
        PasswordPolicy.check(password, username);
        long id = users.createUser(
                username,
                "Administrator",
                passwordEncoder.encode(password),
                "nl",
                Set.of(Role.ADMIN, Role.LEADER),
                mustChangePassword);
        events.publishEvent(new SystemAuditEvent(
                "USER_CREATED",
                "app_user",
                id,
                "First admin created: " + username,
                null,
                SystemAuditEvent.state(Map.of("username", username, "roles", "ADMIN, LEADER"))));
        return true;
    }
}
