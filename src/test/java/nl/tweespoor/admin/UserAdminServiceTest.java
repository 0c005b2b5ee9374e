package nl.tweespoor.admin;

import static nl.tweespoor.admin.AdminFixtures.events;
import static nl.tweespoor.admin.AdminFixtures.states;
import static nl.tweespoor.admin.AdminFixtures.user;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.security.Role;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** PRODUCT.md §3: only admins manage users; usernames are unique; the organisation keeps an active admin. */
@Transactional
class UserAdminServiceTest extends DatabaseTest {

    @Autowired
    UserAdminService users;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext db;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leader", "manager", "viewer"})
    void only_admins_list_create_change_or_deactivate_users(String username) {
        var manager = user(db, "manager");
        int count = db.fetchCount(APP_USER);
        SignIn.as(userDetailsService, username);

        assertThatThrownBy(() -> users.page(null, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        users.create(new NewUser("nieuw", "Nieuw", null, Set.of(Role.VIEWER), "welkom-bij-noordzee")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.update(
                        manager.getId(), manager.getVersion(), new UserChanges("Baas", null, Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.deactivate(manager.getId(), manager.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(manager.getId(), manager.getVersion(), "overgenomen1"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(APP_USER)).isEqualTo(count);
        assertThat(user(db, "manager").getVersion()).isEqualTo(manager.getVersion());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_user_who_must_change_the_initial_password_audited_without_the_hash() {
        long id = users.create(new NewUser(
                "  joost ",
                " Joost Vos ",
                " joost@noordzee.example ",
                Set.of(Role.LEADER, Role.VIEWER),
                "welkom-bij-noordzee"));

        var stored = user(db, "joost");
        assertThat(stored.getId()).isEqualTo(id);
        assertThat(stored.getDisplayName()).isEqualTo("Joost Vos");
        assertThat(stored.getEmail()).isEqualTo("joost@noordzee.example");
        assertThat(stored.getActive()).isTrue();
        assertThat(stored.getMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("welkom-bij-noordzee", stored.getPasswordHash()))
                .isTrue();
        assertThat(db.select(USER_ROLE.ROLE)
                        .from(USER_ROLE)
                        .where(USER_ROLE.USER_ID.eq(id))
                        .fetch(USER_ROLE.ROLE))
                .containsExactlyInAnyOrder("LEADER", "VIEWER");
        assertThat(events(db, "USER_CREATED", id)).isEqualTo(1);
        assertThat(states(db, "USER_CREATED", id)[1]).contains("\"username\"", "joost", "LEADER, VIEWER");

        var page = users.page("joost", 0, 10);
        assertThat(page).singleElement().satisfies(row -> {
            assertThat(row.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.VIEWER);
            assertThat(row.mustChangePassword()).isTrue();
        });
        assertThat(users.count("joost")).isEqualTo(1);
        assertThat(users.count(null)).isEqualTo(db.fetchCount(APP_USER));
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_username_is_refused_whatever_its_case_or_spaces() {
        int count = db.fetchCount(APP_USER);

        assertThatThrownBy(() -> users.create(
                        new NewUser(" Leader ", "Tweede Lotte", null, Set.of(Role.VIEWER), "welkom-bij-noordzee")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("admin.user.username-taken");
                    assertThat(e.arguments()).containsExactly("Leader");
                });
        assertThat(db.fetchCount(APP_USER)).isEqualTo(count);
    }

    @Test
    @WithUserDetails("admin")
    void a_new_user_needs_a_username_name_role_valid_email_and_a_password_of_eight_characters() {
        int count = db.fetchCount(APP_USER);

        assertRefused(
                new NewUser("   ", "Naam", null, Set.of(Role.VIEWER), "welkom-bij-noordzee"),
                "admin.user.username-required");
        assertRefused(
                new NewUser("met spatie", "Naam", null, Set.of(Role.VIEWER), "welkom-bij-noordzee"),
                "admin.user.username-characters");
        assertRefused(
                new NewUser("x".repeat(61), "Naam", null, Set.of(Role.VIEWER), "welkom-bij-noordzee"),
                "validation.too-long");
        assertRefused(
                new NewUser("nieuw", " ", null, Set.of(Role.VIEWER), "welkom-bij-noordzee"),
                "admin.user.display-name-required");
        assertRefused(
                new NewUser("nieuw", "Naam", "geen-adres", Set.of(Role.VIEWER), "welkom-bij-noordzee"),
                "admin.user.email-invalid");
        assertRefused(new NewUser("nieuw", "Naam", null, Set.of(), "welkom-bij-noordzee"), "admin.user.roles-required");
        assertRefused(new NewUser("nieuw", "Naam", null, Set.of(Role.VIEWER), "kort123"), "admin.password.too-short");
        assertRefused(
                new NewUser("nieuw", "Naam", null, Set.of(Role.VIEWER), "é".repeat(37)), "admin.password.too-long");

        assertThat(db.fetchCount(APP_USER)).isEqualTo(count);
        users.create(new NewUser("nieuw", "Naam", "", Set.of(Role.VIEWER), "precies12tkn"));
        assertThat(user(db, "nieuw").getEmail()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_changes_name_email_and_roles_and_a_stale_version_is_refused() {
        var viewer = user(db, "viewer");

        users.update(
                viewer.getId(),
                viewer.getVersion(),
                new UserChanges("Victor Smit-Jansen", "victor@elders.example", Set.of(Role.PROGRAMME_MANAGER)));

        var updated = user(db, "viewer");
        assertThat(updated.getDisplayName()).isEqualTo("Victor Smit-Jansen");
        assertThat(updated.getEmail()).isEqualTo("victor@elders.example");
        assertThat(updated.getVersion()).isEqualTo(viewer.getVersion() + 1);
        assertThat(db.select(USER_ROLE.ROLE)
                        .from(USER_ROLE)
                        .where(USER_ROLE.USER_ID.eq(viewer.getId()))
                        .fetch(USER_ROLE.ROLE))
                .containsExactly("PROGRAMME_MANAGER");
        var states = states(db, "USER_UPDATED", viewer.getId());
        assertThat(states[0]).contains("VIEWER");
        assertThat(states[1]).contains("PROGRAMME_MANAGER");

        assertThatThrownBy(() -> users.update(
                        viewer.getId(), viewer.getVersion(), new UserChanges("Oude versie", null, Set.of(Role.VIEWER))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(user(db, "viewer").getDisplayName()).isEqualTo("Victor Smit-Jansen");
    }

    @Test
    @WithUserDetails("admin")
    void a_change_of_roles_alone_still_moves_the_version() {
        var viewer = user(db, "viewer");

        users.update(
                viewer.getId(),
                viewer.getVersion(),
                new UserChanges(viewer.getDisplayName(), viewer.getEmail(), Set.of(Role.VIEWER, Role.LEADER)));

        assertThat(user(db, "viewer").getVersion()).isEqualTo(viewer.getVersion() + 1);
    }

    private void assertRefused(NewUser draft, String messageKey) {
        assertThatThrownBy(() -> users.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
