package nl.tweespoor.security;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of each user, so that they can be ended at once (a deactivated user, a reset password).
 * Expiring the registry entry makes Spring Security refuse the session's next request; invalidating the servlet
 * session also closes its Vaadin session, so the browser's next request lands on the login page.
 */
@Component
public class UserSessions {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> servletSessions = new ConcurrentHashMap<>();

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the user; returns how many there were. */
    public int endSessionsOf(String username) {
        return endSessions(username, null);
    }

    /** Ends every session of the user but the one of the current request; returns how many there were. */
    public int endOtherSessionsOf(String username) {
        return endSessions(username, currentSessionId());
    }

    private int endSessions(String username, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                for (var session : registry.getAllSessions(principal, false)) {
                    if (session.getSessionId().equals(keep)) {
                        continue;
                    }
                    session.expireNow();
                    invalidate(servletSessions.remove(session.getSessionId()));
                    ended++;
                }
            }
        }
        return ended;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                return session.getId();
            }
        }
        var vaadinRequest = VaadinRequest.getCurrent();
        var session = vaadinRequest == null ? null : vaadinRequest.getWrappedSession(false);
        return session == null ? null : session.getId();
    }

    @EventListener
    void onCreated(HttpSessionCreatedEvent event) {
        servletSessions.put(event.getSession().getId(), event.getSession());
    }

    /** Signing in gives the session a new id (against session fixation). */
    @EventListener
    void onIdChanged(HttpSessionIdChangedEvent event) {
        var session = servletSessions.remove(event.getOldSessionId());
        if (session != null) {
            servletSessions.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    void onDestroyed(HttpSessionDestroyedEvent event) {
        servletSessions.remove(event.getId());
    }

    private static void invalidate(@Nullable HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile: nothing left to do
        }
    }
}
