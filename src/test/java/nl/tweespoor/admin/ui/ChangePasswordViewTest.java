package nl.tweespoor.admin.ui;

import static nl.tweespoor.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.tweespoor.dashboard.ui.DashboardView;
import nl.tweespoor.goal.ui.GoalsView;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** After a password reset, every navigation leads to the change-password screen until the user has chosen one. */
@FreshDatabaseForEachTest
class ChangePasswordViewTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void temporaryPasswordForManager() {
        db.update(APP_USER)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("tijdelijk-wachtwoord1"))
                .where(APP_USER.USERNAME.eq("manager"))
                .execute();
        // The test's UI opened the dashboard before the reset; a real reset ends the session, so nothing is remembered.
        UI.getCurrent().getSession().setAttribute(PasswordChangeGuard.CHECKED, null);
    }

    @Test
    @WithUserDetails("manager")
    void a_user_with_a_temporary_password_is_sent_to_change_it_and_then_goes_on() {
        navigate("goals", ChangePasswordView.class);

        test($(PasswordField.class).id("password-current")).setValue("tijdelijk-wachtwoord1");
        test($(PasswordField.class).id("password-new")).setValue("eigen-wachtwoord");
        test($(PasswordField.class).id("password-repeat")).setValue("eigen-wachtwoord");
        test($(Button.class).id("password-submit")).click();

        assertThat(db.fetchValue(APP_USER.MUST_CHANGE_PASSWORD, APP_USER.USERNAME.eq("manager")))
                .isFalse();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(navigate(GoalsView.class)).isNotNull();
    }

    @Test
    @WithUserDetails("manager")
    void a_wrong_temporary_password_is_refused_in_plain_dutch() {
        navigate("", ChangePasswordView.class);

        test($(PasswordField.class).id("password-current")).setValue("geraden!");
        test($(PasswordField.class).id("password-new")).setValue("eigen-wachtwoord");
        test($(PasswordField.class).id("password-repeat")).setValue("eigen-wachtwoord");
        test($(Button.class).id("password-submit")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("admin.password.current-wrong"));
        assertThat(db.fetchValue(APP_USER.MUST_CHANGE_PASSWORD, APP_USER.USERNAME.eq("manager")))
                .isTrue();
        assertThat(navigate("goals", ChangePasswordView.class)).isNotNull();
    }
}
