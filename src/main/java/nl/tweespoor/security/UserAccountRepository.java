package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private final DSLContext db;

    UserAccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<AppUserPrincipal> findByUsername(String username) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.equalIgnoreCase(username.trim()))
                .fetchOptional()
                .map(user -> new AppUserPrincipal(
                        new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(),
                                rolesOf(user.getId()), user.getLocale()),
                        user.getPasswordHash(), user.getActive(), user.getLockedUntil()));
    }

    Set<Role> rolesOf(long userId) {
        var roles = EnumSet.noneOf(Role.class);
        db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId))
                .fetch(USER_ROLE.ROLE)
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** Counts a failed login; at the limit the account locks for a while and the counter starts again. */
    void recordFailedLogin(String username, int limit, OffsetDateTime lockUntil) {
        db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, org.jooq.impl.DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(limit), lockUntil)
                        .else_(APP_USER.LOCKED_UNTIL))
                .set(APP_USER.FAILED_LOGINS, org.jooq.impl.DSL.when(APP_USER.FAILED_LOGINS.plus(1).ge(limit), 0)
                        .else_(APP_USER.FAILED_LOGINS.plus(1)))
                .where(APP_USER.USERNAME.equalIgnoreCase(username.trim()))
                .execute();
    }

    void recordSuccessfulLogin(String username) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.equalIgnoreCase(username.trim()))
                .execute();
    }

    void updateLocale(long userId, String locale) {
        db.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.ID.eq(userId)).execute();
    }

    long createUser(String username, String displayName, String passwordHash, String locale, Set<Role> roles) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.LOCALE, locale)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        roles.forEach(role -> db.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, id).set(USER_ROLE.ROLE, role.name())
                .execute());
        return id;
    }
}
