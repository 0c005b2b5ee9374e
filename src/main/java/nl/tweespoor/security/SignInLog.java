package nl.tweespoor.security;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;

/**
 * The sign-in log (logger {@code nl.tweespoor.signin}): every success, failure, lock and ended session, with user
 * name and client address, never a password. Names are logged as typed, so control characters are replaced.
 */
final class SignInLog {

    static final String LOGGER = "nl.tweespoor.signin";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private SignInLog() {}

    static void succeeded(String username, String address) {
        LOG.info("Sign-in succeeded: user={} address={}", clean(username), clean(address));
    }

    static void failed(String username, String address, AuthenticationException reason) {
        LOG.warn(
                "Sign-in failed: user={} address={} reason={}",
                clean(username),
                clean(address),
                reason.getClass().getSimpleName());
    }

    static void refusedWhileLocked(String username, String address, OffsetDateTime until) {
        LOG.warn("Sign-in refused, locked: user={} address={} until={}", clean(username), clean(address), until);
    }

    static void locked(String username, String address, OffsetDateTime until) {
        LOG.warn("Sign-in locked: user={} address={} until={}", clean(username), clean(address), until);
    }

    static void sessionEnded(String username, String why) {
        LOG.info("Session ended: user={} reason={}", clean(username), why);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }
}
