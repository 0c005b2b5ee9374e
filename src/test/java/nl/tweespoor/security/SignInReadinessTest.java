package nl.tweespoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.tweespoor.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * The port answers while the start-up work (the demo story) still runs: until the app reports itself ready, a
 * sign-in is refused as "still starting" rather than as a wrong password, even with the right one.
 */
class SignInReadinessTest extends DatabaseTest {

    @Autowired
    AuthenticationProvider authenticationProvider;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void ready_again() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void a_sign_in_before_the_app_is_ready_is_refused_as_still_starting() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        assertThatThrownBy(() -> authenticationProvider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("leader", "demo")))
                .isInstanceOf(StillStartingException.class);
    }

    @Test
    void once_ready_the_same_sign_in_succeeds() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        var signedIn = authenticationProvider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("leader", "demo"));

        assertThat(signedIn).isNotNull();
        assertThat(signedIn.isAuthenticated()).isTrue();
    }
}
