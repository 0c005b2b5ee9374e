package nl.tweespoor.security;

import java.util.Optional;
import nl.tweespoor.base.NotPermittedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The signed-in user of the current request, for services that check roles and ownership. */
@Component
public class CurrentUser {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    public Optional<SignedInUser> get() {
        return principal().map(AppUserPrincipal::user);
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new NotPermittedException("error.not-signed-in"));
    }

    /** True while the signed-in user must replace a temporary password before anything else. */
    public boolean mustChangePassword() {
        return principal().map(AppUserPrincipal::mustChangePassword).orElse(false);
    }

    /**
     * Reloads the signed-in user from the database into this request and its session (after a password change the
     * roles come back), keeping the session itself.
     */
    public void refresh() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var principal = principal();
        if (authentication == null || principal.isEmpty()) {
            return;
        }
        var fresh = users.findByUsername(principal.get().getUsername())
                .orElseThrow(() -> new NotPermittedException("error.not-signed-in"));
        var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(authentication.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context,
                    RequestAttributes.SCOPE_SESSION);
        }
    }

    private static Optional<AppUserPrincipal> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }
}
