package nl.tweespoor.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses sign-ins until the app is ready ({@link SignInReadiness}), then checks the sign-in throttle before the password is even looked at, then signs in as usual.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignInReadiness readiness;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, SignInReadiness readiness) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.readiness = readiness;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        if (!readiness.isOpen()) {
            throw new StillStartingException();
        }
        throttle.refuseIfLocked(attempt);
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
