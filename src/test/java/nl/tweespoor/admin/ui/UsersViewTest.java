package nl.tweespoor.admin.ui;

import static nl.tweespoor.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.tweespoor.security.Role;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class UsersViewTest extends BrowserlessUiTest {

    private static final String NEW_USERNAME = "browserless-gebruiker";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_every_account_filters_them_and_adds_one() {
        navigate(UsersView.class);
        var grid = test($(Grid.class).id("users-grid"));
        assertThat(grid.size()).isEqualTo(db.fetchCount(APP_USER));

        test($(TextField.class).id("users-filter")).setValue("mark de");
        assertThat(grid.size()).isEqualTo(1);
        test($(TextField.class).id("users-filter")).setValue("");

        test($(Button.class).id("user-create")).click();
        test($(TextField.class).id("user-username")).setValue(NEW_USERNAME);
        test($(TextField.class).id("user-display-name")).setValue("Browserless Gebruiker");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("user-roles");
        roles.setValue(Set.of(Role.VIEWER));
        test($(PasswordField.class).id("user-password")).setValue("welkom-bij-noordzee");
        test($(Button.class).id("user-save")).click();

        var stored = db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(NEW_USERNAME))
                .fetchSingle();
        assertThat(stored.getMustChangePassword()).isTrue();
        assertThat(grid.size()).isEqualTo(db.fetchCount(APP_USER));
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_username_is_refused_in_plain_dutch_and_the_dialog_keeps_the_input() {
        navigate(UsersView.class);
        int before = db.fetchCount(APP_USER);
        test($(Button.class).id("user-create")).click();
        test($(TextField.class).id("user-username")).setValue("viewer");
        test($(TextField.class).id("user-display-name")).setValue("Nog een Victor");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("user-roles");
        roles.setValue(Set.of(Role.VIEWER));
        test($(PasswordField.class).id("user-password")).setValue("welkom-bij-noordzee");
        test($(Button.class).id("user-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("admin.user.username-taken", "viewer"));
        assertThat($(TextField.class).id("user-display-name").getValue()).isEqualTo("Nog een Victor");
        assertThat(db.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_cannot_open_the_user_administration() {
        assertThatThrownBy(() -> navigate(UsersView.class)).hasMessageContaining("RouteNotFoundError");
        assertThat($(Grid.class).withId("users-grid").exists()).isFalse();
    }
}
