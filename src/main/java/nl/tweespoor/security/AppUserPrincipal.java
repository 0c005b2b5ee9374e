package nl.tweespoor.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a stored user. A user who must change their password holds no role until they have
 * (only {@link #PASSWORD_CHANGE_REQUIRED}); see PasswordChangeFirst for the services' side.
 */
class AppUserPrincipal implements UserDetails {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean active;
    private final boolean mustChangePassword;

    AppUserPrincipal(SignedInUser user, String passwordHash, boolean active, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
    }

    SignedInUser user() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (mustChangePassword) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
