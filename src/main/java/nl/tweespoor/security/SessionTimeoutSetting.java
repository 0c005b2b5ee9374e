package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;

/** Reads the session timeout that admins keep in app_setting. */
@Repository
class SessionTimeoutSetting {

    private final DSLContext db;

    SessionTimeoutSetting(DSLContext db) {
        this.db = db;
    }

    Optional<Integer> minutes() {
        try {
            return db.select(APP_SETTING.SESSION_TIMEOUT_MINUTES)
                    .from(APP_SETTING)
                    .where(APP_SETTING.ID.eq(1))
                    .fetchOptional(APP_SETTING.SESSION_TIMEOUT_MINUTES);
        } catch (DataAccessException | org.jooq.exception.DataAccessException e) {
            // A session must still start when the database hiccups; the property's timeout applies then.
            return Optional.empty();
        }
    }
}
