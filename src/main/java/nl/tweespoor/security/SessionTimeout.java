package nl.tweespoor.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Idle sessions end after the time an admin set in the organisation settings (read when a session starts, so a change
 * applies to new sessions); the property is the fallback. Vaadin's heartbeat does not keep sessions alive.
 */
@Component
class SessionTimeout implements HttpSessionListener {

    private final SessionTimeoutSetting setting;
    private final Duration fallback;

    SessionTimeout(SessionTimeoutSetting setting, @Value("${tweespoor.session.idle-timeout:30m}") Duration fallback) {
        this.setting = setting;
        this.fallback = fallback;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        var timeout = setting.minutes().map(Duration::ofMinutes).orElse(fallback);
        event.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
    }
}
