package nl.tweespoor.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Refuses sign-ins until the app is ready (Spring Boot's readiness: after every start-up runner, the demo story among
 * them), then checks the sign-in throttle before the password is even looked at, then signs in as usual.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationAvailability availability;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, ApplicationAvailability availability) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.availability = availability;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
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
