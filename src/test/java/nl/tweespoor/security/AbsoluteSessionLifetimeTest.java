package nl.tweespoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends a fixed time after its start however busy it is; the clock is moved, not waited for. */
class AbsoluteSessionLifetimeTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void a_session_younger_than_the_lifetime_goes_on() throws Exception {
        var session = new MockHttpSession();
        var passedOn = filter(session, Duration.ofHours(11).plusMinutes(59));

        assertThat(session.isInvalid()).isFalse();
        assertThat(passedOn.getSession(false)).isSameAs(session);
    }

    @Test
    void an_older_session_is_ended_and_the_request_goes_on_without_it() throws Exception {
        var session = new MockHttpSession();
        var passedOn = filter(session, Duration.ofHours(12).plusSeconds(1));

        assertThat(session.isInvalid()).isTrue();
        assertThat(passedOn.getSession(false))
                .as("the request continues as a stranger: to the login page")
                .isNull();
    }

    @Test
    void a_request_without_a_session_passes() throws Exception {
        var request = new MockHttpServletRequest();
        var passedOn = new AtomicReference<HttpServletRequest>();
        new AbsoluteSessionLifetime(LIFETIME, Clock.systemUTC())
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> passedOn.set((HttpServletRequest) req));

        assertThat(passedOn.get()).isNotNull();
        assertThat(request.getSession(false)).isNull();
    }

    private static HttpServletRequest filter(MockHttpSession session, Duration age) throws Exception {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        var clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(age), ZoneOffset.UTC);
        var passedOn = new AtomicReference<HttpServletRequest>();
        new AbsoluteSessionLifetime(LIFETIME, clock)
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> passedOn.set((HttpServletRequest) req));
        return passedOn.get();
    }
}
