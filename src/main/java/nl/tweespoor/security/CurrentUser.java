package nl.tweespoor.security;

import java.util.Optional;
import nl.tweespoor.base.NotPermittedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for services that check roles and ownership. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new NotPermittedException("error.not-signed-in"));
    }
}
