package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.annotation.Transactional;

/** A new session gets the idle timeout the admins set in the organisation settings. */
@Transactional
class SessionTimeoutTest extends DatabaseTest {

    @Autowired
    SessionTimeout sessionTimeout;

    @Autowired
    DSLContext db;

    @Test
    void a_new_session_uses_the_timeout_from_the_settings() {
        db.update(APP_SETTING)
                .set(APP_SETTING.SESSION_TIMEOUT_MINUTES, 90)
                .where(APP_SETTING.ID.eq(1))
                .execute();
        var session = new MockHttpSession();

        sessionTimeout.sessionCreated(new HttpSessionEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(90 * 60);
    }
}
