package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.AppUserRecord;
import nl.tweespoor.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    /** Any fixed number: serialises the changes that could leave the organisation without an active admin. */
    private static final long ADMIN_GUARD_LOCK = 7_240_001L;

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    /** One page of accounts by username, each with its roles, in one statement. */
    List<UserRow> page(String filter, int offset, int limit) {
        return db.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.EMAIL,
                        multiset(select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID)))
                                .convertFrom(rows -> toRoles(rows.map(r -> r.value1()))),
                        APP_USER.ACTIVE,
                        APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.VERSION)
                .from(APP_USER)
                .where(matching(filter))
                .orderBy(APP_USER.USERNAME, APP_USER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new UserRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    int count(String filter) {
        return db.fetchCount(APP_USER, matching(filter));
    }

    Optional<Account> find(long id) {
        return stored(id).map(UserRepository::account);
    }

    /** The account the admin edited, as long as nobody changed it since they saw {@code expectedVersion}. */
    Account current(long id, int expectedVersion) {
        return account(stored(id, expectedVersion));
    }

    Optional<Credentials> credentials(long id) {
        return stored(id).map(user -> new Credentials(account(user), user.getPasswordHash()));
    }

    /** A new account, which must change its initial password at first sign-in. */
    Account insert(String username, String displayName, @Nullable String email, String passwordHash) {
        var user = db.newRecord(APP_USER);
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setEmail(email);
        user.setPasswordHash(passwordHash);
        user.setMustChangePassword(true);
        Versioned.store(user);
        user.refresh();
        return account(user);
    }

    Account update(long id, int expectedVersion, String displayName, @Nullable String email) {
        var user = stored(id, expectedVersion);
        user.setDisplayName(displayName);
        user.setEmail(email);
        // Roles live in their own table: the account's version still moves, so a concurrent edit is noticed.
        user.changed(APP_USER.VERSION, true);
        Versioned.store(user);
        return account(user);
    }

    Account setActive(long id, int expectedVersion, boolean active) {
        var user = stored(id, expectedVersion);
        user.setActive(active);
        Versioned.store(user);
        return account(user);
    }

    Account setPassword(long id, int expectedVersion, String passwordHash, boolean mustChangePassword) {
        var user = stored(id, expectedVersion);
        user.setPasswordHash(passwordHash);
        user.setMustChangePassword(mustChangePassword);
        Versioned.store(user);
        return account(user);
    }

    boolean usernameTaken(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.equalIgnoreCase(username));
    }

    Set<Role> rolesOf(long userId) {
        return toRoles(db.select(USER_ROLE.ROLE)
                .from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(userId))
                .fetch(USER_ROLE.ROLE));
    }

    void replaceRoles(long userId, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        var insert = db.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE);
        for (var role : roles) {
            insert = insert.values(userId, role.name());
        }
        insert.execute();
    }

    /** Waits until no other transaction is changing admins, so two admins cannot remove each other at once. */
    void lockAdminChanges() {
        db.fetch("select pg_advisory_xact_lock(?)", ADMIN_GUARD_LOCK);
    }

    int activeAdminsOtherThan(long userId) {
        return db.fetchCount(
                APP_USER,
                APP_USER.ACTIVE
                        .isTrue()
                        .and(APP_USER.ID.ne(userId))
                        .and(DSL.exists(select(USER_ROLE.USER_ID)
                                .from(USER_ROLE)
                                .where(USER_ROLE.USER_ID.eq(APP_USER.ID).and(USER_ROLE.ROLE.eq(Role.ADMIN.name()))))));
    }

    private Optional<AppUserRecord> stored(long id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional();
    }

    private AppUserRecord stored(long id, int expectedVersion) {
        return Versioned.current(stored(id).orElseThrow(NotFoundException::new), expectedVersion);
    }

    private static Account account(AppUserRecord user) {
        return new Account(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getActive(),
                user.getMustChangePassword(),
                user.getVersion());
    }

    private static Condition matching(String filter) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        var text = filter.trim();
        return APP_USER.USERNAME
                .containsIgnoreCase(text)
                .or(APP_USER.DISPLAY_NAME.containsIgnoreCase(text))
                .or(APP_USER.EMAIL.containsIgnoreCase(text));
    }

    private static Set<Role> toRoles(List<String> names) {
        var roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
