package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.LOGIN_ATTEMPT;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password guessing is slowed down per user name and client address. Sign-ins go through the app's own
 * AuthenticationProvider and event publisher, as on the login page, with the client address the request would carry.
 * Each test uses its own user and addresses and is rolled back.
 */
@Transactional
class LoginThrottleTest extends DatabaseTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String A = "203.0.113.1";
    private static final String B = "198.51.100.2";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    AuthenticationProvider authenticationProvider;

    @Autowired
    AuthenticationEventPublisher eventPublisher;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext db;

    private final ListAppender<ILoggingEvent> signInLog = new ListAppender<>();
    private AuthenticationManager authenticationManager;
    private String username;

    @BeforeEach
    void userAndLoginPage() {
        var manager = new ProviderManager(authenticationProvider);
        manager.setAuthenticationEventPublisher(eventPublisher);
        authenticationManager = manager;
        username = "throttle-test-" + USERS.incrementAndGet();
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, "Throttle Test")
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(PASSWORD))
                .set(APP_USER.LOCALE, "en")
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, Role.VIEWER.name())
                .execute();
        signInLog.start();
        ((Logger) LoggerFactory.getLogger(SignInLog.LOGGER)).addAppender(signInLog);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(SignInLog.LOGGER)).detachAppender(signInLog);
    }

    @Test
    void four_failed_sign_ins_do_not_lock() {
        failSignIns(username, A, 4);

        assertThat(signIn(username, PASSWORD, A).isAuthenticated()).isTrue();
    }

    @Test
    void five_failed_sign_ins_lock_that_name_from_that_address_only() {
        failSignIns(username, A, 5);

        assertThatThrownBy(() -> signIn(username, PASSWORD, A)).isInstanceOf(LockedException.class);
        assertThat(signIn(username, PASSWORD, B).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(username, PASSWORD, A))
                .as("a success elsewhere does not lift the lock")
                .isInstanceOf(LockedException.class);
    }

    @Test
    void a_flood_from_one_address_locks_that_address_for_every_name_but_not_the_name_elsewhere() {
        // 50 failures (the cap per address), spread over names that each stay below their own limit
        for (int i = 0; i < 50; i++) {
            failSignIns("guess-" + USERS.get() + "-" + (i % 25), A, 1);
        }

        assertThatThrownBy(() -> signIn(username, PASSWORD, A)).isInstanceOf(LockedException.class);
        assertThat(signIn(username, PASSWORD, B).isAuthenticated()).isTrue();
    }

    @Test
    void failures_are_counted_per_user_name_whatever_its_case() {
        for (int i = 0; i < 5; i++) {
            failSignIns(i % 2 == 0 ? username.toUpperCase() : username, A, 1);
        }

        assertThatThrownBy(() -> signIn(username, PASSWORD, A)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_successful_sign_in_resets_the_count_for_that_name_and_address() {
        failSignIns(username, A, 4);
        assertThat(signIn(username, PASSWORD, A).isAuthenticated()).isTrue();

        failSignIns(username, A, 4);

        assertThat(signIn(username, PASSWORD, A).isAuthenticated()).isTrue();
    }

    @Test
    void the_lock_ends_when_its_time_is_over() {
        failSignIns(username, A, 5);
        db.update(LOGIN_ATTEMPT)
                .set(LOGIN_ATTEMPT.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(LOGIN_ATTEMPT.USERNAME.eq(username))
                .execute();

        assertThat(signIn(username, PASSWORD, A).isAuthenticated()).isTrue();
    }

    @Test
    void every_success_failure_and_lock_is_logged_without_the_password_and_the_lock_is_audited() {
        failSignIns(username, A, 5);
        assertThatThrownBy(() -> signIn(username, PASSWORD, A)).isInstanceOf(LockedException.class);
        signIn(username, PASSWORD, B);

        var lines =
                signInLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines)
                .filteredOn(line -> line.startsWith("Sign-in failed: user=" + username + " address=" + A))
                .hasSize(5);
        assertThat(lines)
                .filteredOn(line -> line.startsWith("Sign-in locked: user=" + username + " address=" + A + " until="))
                .hasSize(1);
        assertThat(lockedUntil(username, A)).isAfter(OffsetDateTime.now());
        assertThat(lines).anyMatch(line -> line.startsWith("Sign-in refused, locked: user=" + username));
        assertThat(lines).contains("Sign-in succeeded: user=" + username + " address=" + B);
        assertThat(lines).noneMatch(line -> line.contains("wrong password") || line.contains(PASSWORD));

        var audit = db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq("SIGN_IN_LOCKED"))
                .and(AUDIT_EVENT.SUMMARY.contains(username))
                .fetch();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).getActorName()).isEqualTo("system");
        assertThat(audit.get(0).getActorId()).isNull();
        assertThat(audit.get(0).getAfterState().data())
                .contains("\"address\": \"" + A + "\"")
                .contains("\"username\": \"" + username + "\"");
    }

    @Test
    void a_control_character_in_a_typed_name_does_not_reach_the_log() {
        failSignIns("evil\nSign-in succeeded: user=admin", A, 1);

        assertThat(signInLog.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    }

    private void failSignIns(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String name, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(attempt);
    }

    private OffsetDateTime lockedUntil(String name, String address) {
        return db.select(LOGIN_ATTEMPT.LOCKED_UNTIL)
                .from(LOGIN_ATTEMPT)
                .where(LOGIN_ATTEMPT.USERNAME.eq(name), LOGIN_ATTEMPT.ADDRESS.eq(address))
                .fetchSingle(LOGIN_ATTEMPT.LOCKED_UNTIL);
    }
}
