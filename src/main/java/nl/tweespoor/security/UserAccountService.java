package nl.tweespoor.security;

import java.util.Locale;
import java.util.Set;
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

    UserAccountService(UserAccountRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
    }

    /** Remembers the user's language for their next session. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Locale locale) {
        var language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        users.updateLocale(currentUser.require().id(), language);
    }

    /** For demo data and tests: stores a user with an encoded password. */
    @Transactional
    public long createUser(String username, String displayName, String password, String locale, Set<Role> roles) {
        return users.createUser(username, displayName, passwordEncoder.encode(password), locale, roles);
    }
}
