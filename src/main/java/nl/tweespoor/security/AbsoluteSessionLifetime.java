package nl.tweespoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Besides the idle timeout, a session lives at most a fixed time from its start (ASVS 5.0 V7.3.2), however busy it
 * is. An older session is invalidated before Spring Security reads it, so the request goes on as anonymous and the
 * browser lands on the login page, as after an idle timeout.
 */
class AbsoluteSessionLifetime extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;

    AbsoluteSessionLifetime(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
            SignInLog.sessionEnded(
                    username(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)),
                    "absolute lifetime");
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        chain.doFilter(request, response);
    }

    private static String username(Object context) {
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName()
                : "(not signed in)";
    }
}
