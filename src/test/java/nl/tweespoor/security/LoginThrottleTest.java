package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password guessing locks the account: logins go through a real DaoAuthenticationProvider with the app's user store,
 * password encoder and event publisher, so LoginThrottle hears the same events as on the login page. Each test uses
 * its own user and is rolled back.
 */
@Transactional
class LoginThrottleTest extends DatabaseTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationEventPublisher eventPublisher;

    @Autowired
    UserAccountService accounts;

    @Autowired
    DSLContext db;

    private AuthenticationManager authenticationManager;
    private String username;

    @BeforeEach
    void userAndLoginPage() {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(eventPublisher);
        authenticationManager = manager;
        username = "throttle-test-" + USERS.incrementAndGet();
        accounts.createUser(username, "Throttle Test", PASSWORD, "en", Set.of(Role.VIEWER));
    }

    @Test
    void four_failed_logins_do_not_lock_the_account() {
        failLogins(4);

        assertThat(userDetailsService.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        assertThat(failedLogins()).isEqualTo(4);
        assertThat(logIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void five_failed_logins_lock_the_account() {
        failLogins(5);

        assertThat(userDetailsService.loadUserByUsername(username).isAccountNonLocked()).isFalse();
        assertThatThrownBy(() -> logIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void failures_are_counted_per_user_name_whatever_its_case() {
        for (int i = 0; i < 5; i++) {
            var name = i % 2 == 0 ? username.toUpperCase() : username;
            assertThatThrownBy(() -> authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(userDetailsService.loadUserByUsername(username).isAccountNonLocked()).isFalse();
    }

    @Test
    void a_successful_login_resets_the_failure_count() {
        failLogins(4);
        assertThat(logIn(PASSWORD).isAuthenticated()).isTrue();
        assertThat(failedLogins()).isZero();

        failLogins(4);

        assertThat(userDetailsService.loadUserByUsername(username).isAccountNonLocked()).isTrue();
    }

    @Test
    void the_lock_ends_when_its_time_is_over() {
        failLogins(5);
        db.update(APP_USER).set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(APP_USER.USERNAME.eq(username)).execute();

        assertThat(userDetailsService.loadUserByUsername(username).isAccountNonLocked()).isTrue();
        assertThat(logIn(PASSWORD).isAuthenticated()).isTrue();
    }

    private void failLogins(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn("wrong password")).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication logIn(String password) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int failedLogins() {
        return db.select(APP_USER.FAILED_LOGINS).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.FAILED_LOGINS);
    }
}
