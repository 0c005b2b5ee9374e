package nl.tweespoor.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

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
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                for (var session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    invalidate(servletSessions.remove(session.getSessionId()));
                    ended++;
                }
            }
        }
        return ended;
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

    private static void invalidate(HttpSession session) {
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
