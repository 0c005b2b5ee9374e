package nl.tweespoor.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Idle sessions end after a configurable time (default 30 minutes); Vaadin's heartbeat does not keep them alive. */
@Component
class SessionTimeout implements HttpSessionListener {

    private final Duration idleTimeout;

    SessionTimeout(@Value("${tweespoor.session.idle-timeout:30m}") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) idleTimeout.toSeconds());
    }
}
