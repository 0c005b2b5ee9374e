package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.tweespoor.audit.AuditFilter;
import nl.tweespoor.audit.AuditService;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.goal.GoalService;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.Role;
import nl.tweespoor.security.UserAccountService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user who must change their password (after an admin's reset) can do nothing else in the services, whatever the
 * screens do: no role, and every service but their own password refuses them.
 */
@Transactional
class ForcedPasswordChangeTest extends DatabaseTest {

    private static final String TEMPORARY = "tijdelijk-wachtwoord1";

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext db;

    @Autowired
    OwnPasswordService ownPassword;

    @Autowired
    GoalService goals;

    @Autowired
    DashboardService dashboard;

    @Autowired
    AuditService audit;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void managerGotATemporaryPassword() {
        db.update(APP_USER)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(TEMPORARY))
                .where(APP_USER.USERNAME.eq("manager"))
                .execute();
        SignIn.as(userDetailsService, "manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void such_a_user_holds_no_role() {
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("PASSWORD_CHANGE_REQUIRED");
        assertThat(currentUser.require().roles()).isEmpty();
    }

    @Test
    void every_other_service_refuses_such_a_user() {
        assertRefused(() -> goals.page(0, 10));
        assertRefused(() -> goals.mayEdit());
        assertRefused(() -> dashboard.itemsPerTrackAndStage());
        assertRefused(() -> audit.kinds());
        assertRefused(() -> audit.count(new AuditFilter(null, null, null, null, null)));
        assertRefused(() -> accounts.changeLanguage(Locale.ENGLISH));
        assertRefused(() -> userAdmin.count(""));
    }

    @Test
    void changing_the_password_is_allowed_and_gives_the_roles_back_in_the_same_session() {
        assertThat(ownPassword.mustChangePassword()).isTrue();

        ownPassword.changePassword(TEMPORARY, "mijn-eigen-wachtwoord", "mijn-eigen-wachtwoord");

        assertThat(ownPassword.mustChangePassword()).isFalse();
        assertThat(currentUser.require().roles()).contains(Role.PROGRAMME_MANAGER);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains(Role.PROGRAMME_MANAGER.authority())
                .doesNotContain("PASSWORD_CHANGE_REQUIRED");
        assertThat(goals.page(0, 10)).isNotEmpty();
    }

    private static void assertRefused(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey())
                .isEqualTo("error.password-change-required");
    }
}
