package nl.tweespoor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Whoever knew the old password is signed out: changing your own password ends your other sessions. */
@Transactional
class PasswordChangeEndsOtherSessionsTest extends DatabaseTest {

    private static final String CURRENT = "manager-session-changing-the-password";
    private static final String OTHER = "manager-session-on-another-computer";
    private static final String SOMEONE_ELSE = "leader-session";

    @Autowired
    OwnPasswordService ownPassword;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    SessionRegistry sessionRegistry;

    @AfterEach
    void cleanUp() {
        for (var id : new String[] {CURRENT, OTHER, SOMEONE_ELSE}) {
            sessionRegistry.removeSessionInformation(id);
        }
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void changing_your_own_password_ends_your_other_sessions_and_keeps_this_one() {
        sessionRegistry.registerNewSession(CURRENT, userDetailsService.loadUserByUsername("manager"));
        sessionRegistry.registerNewSession(OTHER, userDetailsService.loadUserByUsername("manager"));
        sessionRegistry.registerNewSession(SOMEONE_ELSE, userDetailsService.loadUserByUsername("leader"));
        var request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, CURRENT));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignIn.as(userDetailsService, "manager");

        ownPassword.changePassword("demo", "een-nieuw-eigen-wachtwoord", "een-nieuw-eigen-wachtwoord");

        assertThat(sessionRegistry.getSessionInformation(OTHER).isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(CURRENT).isExpired()).isFalse();
        assertThat(sessionRegistry.getSessionInformation(SOMEONE_ELSE).isExpired())
                .isFalse();
    }
}
