package nl.tweespoor.admin;

import static nl.tweespoor.admin.AdminFixtures.events;
import static nl.tweespoor.admin.AdminFixtures.states;
import static nl.tweespoor.admin.AdminFixtures.user;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.security.Role;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Deactivation ends sessions and sign-in; password resets force a change; admins cannot lock everyone out. */
@Transactional
class AccountSafetyTest extends DatabaseTest {

    private static final String FAKE_SESSION = "fake-session-of-manager";

    @Autowired
    UserAdminService users;

    @Autowired
    OwnPasswordService ownPassword;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    DSLContext db;

    @AfterEach
    void cleanUp() {
        sessionRegistry.removeSessionInformation(FAKE_SESSION);
        SecurityContextHolder.clearContext();
    }

    @Test
    void deactivating_a_user_ends_their_open_sessions_and_refuses_their_sign_in() {
        sessionRegistry.registerNewSession(FAKE_SESSION, userDetailsService.loadUserByUsername("manager"));
        SignIn.as(userDetailsService, "admin");
        var manager = user(db, "manager");
        int deactivations = events(db, "USER_DEACTIVATED", manager.getId());
        int reactivations = events(db, "USER_REACTIVATED", manager.getId());

        users.deactivate(manager.getId(), manager.getVersion());

        assertThat(sessionRegistry.getSessionInformation(FAKE_SESSION).isExpired())
                .isTrue();
        assertThat(user(db, "manager").getActive()).isFalse();
        assertThat(userDetailsService.loadUserByUsername("manager").isEnabled()).isFalse();
        assertThatThrownBy(() -> signInWithPassword("manager", "demo")).isInstanceOf(DisabledException.class);
        assertThat(events(db, "USER_DEACTIVATED", manager.getId())).isEqualTo(deactivations + 1);
        assertThat(states(db, "USER_DEACTIVATED", manager.getId())[1]).contains("\"active\": false");

        users.reactivate(manager.getId(), manager.getVersion() + 1);

        assertThat(signInWithPassword("manager", "demo").isAuthenticated()).isTrue();
        assertThat(events(db, "USER_REACTIVATED", manager.getId())).isEqualTo(reactivations + 1);
    }

    @Test
    void a_reset_password_must_be_changed_and_the_change_clears_the_flag() {
        sessionRegistry.registerNewSession(FAKE_SESSION, userDetailsService.loadUserByUsername("manager"));
        SignIn.as(userDetailsService, "admin");
        var manager = user(db, "manager");

        users.resetPassword(manager.getId(), manager.getVersion(), "tijdelijk-wachtwoord1");

        assertThat(user(db, "manager").getMustChangePassword()).isTrue();
        assertThat(sessionRegistry.getSessionInformation(FAKE_SESSION).isExpired())
                .isTrue();
        assertThatThrownBy(() -> signInWithPassword("manager", "demo")).isInstanceOf(BadCredentialsException.class);
        assertThat(signInWithPassword("manager", "tijdelijk-wachtwoord1").isAuthenticated())
                .isTrue();
        states(db, "USER_PASSWORD_RESET", manager.getId());

        SignIn.as(userDetailsService, "manager");
        assertThat(ownPassword.mustChangePassword()).isTrue();
        assertRefused(
                () -> ownPassword.changePassword("fout", "eigenwachtwoord", "eigenwachtwoord"),
                "admin.password.current-wrong");
        assertRefused(
                () -> ownPassword.changePassword("tijdelijk-wachtwoord1", "eigenwachtwoord", "eigenwachtwoorD"),
                "admin.password.mismatch");
        assertRefused(
                () -> ownPassword.changePassword("tijdelijk-wachtwoord1", "kort", "kort"), "admin.password.too-short");
        assertRefused(
                () -> ownPassword.changePassword(
                        "tijdelijk-wachtwoord1", "tijdelijk-wachtwoord1", "tijdelijk-wachtwoord1"),
                "admin.password.same-as-current");
        assertThat(ownPassword.mustChangePassword()).isTrue();

        int changesBefore = events(db, "PASSWORD_CHANGED", manager.getId());
        ownPassword.changePassword("tijdelijk-wachtwoord1", "eigenwachtwoord", "eigenwachtwoord");

        assertThat(ownPassword.mustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(
                        "eigenwachtwoord", user(db, "manager").getPasswordHash()))
                .isTrue();
        assertThat(events(db, "PASSWORD_CHANGED", manager.getId())).isEqualTo(changesBefore + 1);
        assertThat(states(db, "PASSWORD_CHANGED", manager.getId())[1]).contains("\"must_change_password\": false");
    }

    @Test
    void an_admin_cannot_deactivate_themselves_nor_drop_their_own_admin_role() {
        SignIn.as(userDetailsService, "admin");
        var admin = user(db, "admin");

        assertRefused(() -> users.deactivate(admin.getId(), admin.getVersion()), "admin.user.cannot-deactivate-self");
        assertRefused(
                () -> users.update(
                        admin.getId(),
                        admin.getVersion(),
                        new UserChanges(admin.getDisplayName(), null, Set.of(Role.LEADER))),
                "admin.user.cannot-drop-own-admin");

        assertThat(user(db, "admin").getActive()).isTrue();
        assertThat(user(db, "admin").getVersion()).isEqualTo(admin.getVersion());
        assertThat(roles(admin.getId())).containsExactly("ADMIN");
        users.update(
                admin.getId(), admin.getVersion(), new UserChanges("Ahmed", null, Set.of(Role.ADMIN, Role.LEADER)));
        assertThat(roles(admin.getId())).containsExactlyInAnyOrder("ADMIN", "LEADER");
    }

    @Test
    void another_admin_may_lose_the_role_while_a_second_active_admin_remains() {
        SignIn.as(userDetailsService, "admin");
        long second = users.create(
                new NewUser("admin2", "Tweede beheerder", null, Set.of(Role.ADMIN), "welkom-bij-noordzee"));

        users.update(
                second,
                user(db, "admin2").getVersion(),
                new UserChanges("Tweede beheerder", null, Set.of(Role.VIEWER)));

        assertThat(roles(second)).containsExactly("VIEWER");
    }

    @Test
    void the_last_active_admin_can_neither_lose_the_role_nor_be_deactivated() {
        SignIn.as(userDetailsService, "admin");
        long second = users.create(
                new NewUser("admin2", "Tweede beheerder", null, Set.of(Role.ADMIN), "welkom-bij-noordzee"));
        // Meanwhile another admin deactivated the signed-in admin: admin2 is now the only active admin.
        db.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.USERNAME.eq("admin"))
                .execute();
        var admin2 = user(db, "admin2");

        assertRefused(() -> users.deactivate(second, admin2.getVersion()), "admin.user.last-admin-active");
        assertRefused(
                () -> users.update(
                        second, admin2.getVersion(), new UserChanges("Tweede beheerder", null, Set.of(Role.LEADER))),
                "admin.user.last-admin-role");

        assertThat(user(db, "admin2").getActive()).isTrue();
        assertThat(roles(second)).containsExactly("ADMIN");
        assertThat(events(db, "USER_DEACTIVATED", second)).isZero();
    }

    private org.springframework.security.core.Authentication signInWithPassword(String username, String password) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private java.util.List<String> roles(long userId) {
        return db.select(USER_ROLE.ROLE)
                .from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(userId))
                .fetch(USER_ROLE.ROLE);
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
