package nl.tweespoor.security;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a stored user. */
class AppUserPrincipal implements UserDetails {

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean active;
    private final OffsetDateTime lockedUntil;

    AppUserPrincipal(SignedInUser user, String passwordHash, boolean active, OffsetDateTime lockedUntil) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
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
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(OffsetDateTime.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
