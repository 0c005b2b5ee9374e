package nl.tweespoor.security;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether sign-ins are open: only once Spring Boot reports the app ready, after every start-up runner (the demo story,
 * the first admin). The web server answers before that, when the accounts may not exist yet. The one place this is
 * decided: the authentication provider refuses on it, the login page tells the user on it.
 */
@Component
public class SignInReadiness {

    private final ApplicationAvailability availability;

    SignInReadiness(ApplicationAvailability availability) {
        this.availability = availability;
    }

    public boolean isOpen() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
}
