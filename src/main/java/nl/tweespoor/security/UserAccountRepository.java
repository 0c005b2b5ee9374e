package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    /** Any fixed number, the same as the admin feature's guard of its last-admin rule. */
    private static final long FIRST_ACCOUNT_LOCK = 7_240_001L;

    private final DSLContext db;

    UserAccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<AppUserPrincipal> findByUsername(String username) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.equalIgnoreCase(username.trim()))
                .fetchOptional()
                .map(user -> new AppUserPrincipal(
                        new SignedInUser(
                                user.getId(),
                                user.getUsername(),
                                user.getDisplayName(),
                                user.getMustChangePassword() ? Set.of() : rolesOf(user.getId()),
                                user.getLocale()),
                        user.getPasswordHash(),
                        user.getActive(),
                        user.getMustChangePassword()));
    }

    Set<Role> rolesOf(long userId) {
        var roles = EnumSet.noneOf(Role.class);
        db.select(USER_ROLE.ROLE)
                .from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(userId))
                .fetch(USER_ROLE.ROLE)
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    void updateLocale(long userId, String locale) {
        db.update(APP_USER)
                .set(APP_USER.LOCALE, locale)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    boolean anyUserExists() {
        return db.fetchExists(APP_USER);
    }

    /** Serialises the creation of a new installation's first account. */
    void lockFirstAccount() {
        db.fetch("select pg_advisory_xact_lock(?)", FIRST_ACCOUNT_LOCK);
    }

    long createUser(
            String username,
            String displayName,
            String passwordHash,
            String locale,
            Set<Role> roles,
            boolean mustChangePassword) {
        long id = Objects.requireNonNull(db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.LOCALE, locale)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID));
        roles.forEach(role -> db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, role.name())
                .execute());
        return id;
    }
}
