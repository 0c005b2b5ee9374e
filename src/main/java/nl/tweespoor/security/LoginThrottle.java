package nl.tweespoor.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing passwords is slowed down per user name and client address: after a few failures for one name from one
 * address, that name is locked from that address for a while; after many failures from one address (any names),
 * the address is locked. The same name from another address still signs in, so nobody can lock an account
 * everywhere from outside. Every success, failure and lock is logged; a lock is also audited.
 */
@Component
class LoginThrottle {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final LoginAttemptRepository attempts;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lockDuration;
    private final int maxFailuresPerAddress;
    private final Duration addressLockDuration;

    LoginThrottle(
            LoginAttemptRepository attempts,
            ApplicationEventPublisher events,
            @Value("${tweespoor.login.max-failures:5}") int maxFailures,
            @Value("${tweespoor.login.lock-duration:5m}") Duration lockDuration,
            @Value("${tweespoor.login.max-failures-per-address:50}") int maxFailuresPerAddress,
            @Value("${tweespoor.login.address-lock-duration:15m}") Duration addressLockDuration) {
        this.attempts = attempts;
        this.events = events;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.addressLockDuration = addressLockDuration;
    }

    /** Refuses, before any password check, a name or address that is locked for now. */
    @Transactional(readOnly = true)
    public void refuseIfLocked(Authentication attempt) {
        var username = username(attempt);
        var address = address(attempt);
        var until = attempts.lockedUntil(username, address, now());
        if (until.isPresent()) {
            SignInLog.refusedWhileLocked(username, address, until.get());
            throw new LockedException("Sign-in locked for now");
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var username = username(event.getAuthentication());
        var address = address(event.getAuthentication());
        var now = now();
        SignInLog.failed(username, address, event.getException());
        if (attempts.countFailure(
                username, address, maxFailures, now, now.minus(lockDuration), now.plus(lockDuration))) {
            locked(username, address, now.plus(lockDuration));
        }
        if (attempts.countFailure(
                LoginAttemptRepository.ANY_USER,
                address,
                maxFailuresPerAddress,
                now,
                now.minus(addressLockDuration),
                now.plus(addressLockDuration))) {
            locked(LoginAttemptRepository.ANY_USER, address, now.plus(addressLockDuration));
        }
    }

    /** Failures other than a wrong password (locked, deactivated) are logged, not counted. */
    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)
                && !(event.getException() instanceof LockedException)) {
            SignInLog.failed(
                    username(event.getAuthentication()), address(event.getAuthentication()), event.getException());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        var username = username(event.getAuthentication());
        var address = address(event.getAuthentication());
        SignInLog.succeeded(username, address);
        attempts.forget(username, address, now().minus(Duration.ofDays(1)).minus(addressLockDuration));
    }

    private void locked(String username, String address, OffsetDateTime until) {
        SignInLog.locked(username, address, until);
        var who = LoginAttemptRepository.ANY_USER.equals(username) ? "any user name" : "user name " + username;
        events.publishEvent(new SystemAuditEvent(
                "SIGN_IN_LOCKED",
                "login_attempt",
                null,
                "Sign-in locked for " + who + " from address " + address + " until " + until,
                null,
                SystemAuditEvent.state(
                        Map.of("username", username, "address", address, "locked_until", until.toString()))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    /** As the user table compares names: case-insensitive, trimmed; no control characters; cut to the column. */
    static String username(Authentication attempt) {
        var name = attempt.getName() == null
                ? ""
                : attempt.getName().trim().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    /** The client address Tomcat saw (behind a trusted proxy: from X-Forwarded-For, see the README). */
    static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            var address = details.getRemoteAddress();
            return address.length() <= 64 ? address : address.substring(0, 64);
        }
        return UNKNOWN_ADDRESS;
    }
}
