package nl.tweespoor.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Guessing passwords is slowed down: after a number of failures for one user name, that account locks for a while. */
@Component
class LoginThrottle {

    private final UserAccountRepository users;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(UserAccountRepository users,
            @Value("${tweespoor.login.max-failures:5}") int maxFailures,
            @Value("${tweespoor.login.lock-duration:5m}") Duration lockDuration) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName(), maxFailures,
                OffsetDateTime.now().plus(lockDuration));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
