package nl.tweespoor.admin.ui;

import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class SettingsViewTest extends BrowserlessUiTest {

    private static final String NEW_DEPARTMENT = "Browserless afdeling";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_settings_and_every_department_and_adds_one() {
        navigate(SettingsView.class);
        assertThat($(TextField.class).id("settings-name").getValue()).isEqualTo("Noordzee Verzekeringen");
        assertThat($(IntegerField.class).id("settings-stale-days").getValue()).isEqualTo(45);
        var grid = test($(Grid.class).id("departments-grid"));
        assertThat(grid.size()).isEqualTo(db.fetchCount(DEPARTMENT));

        test($(TextField.class).id("department-new-name")).setValue(NEW_DEPARTMENT);
        test($(Button.class).id("department-add")).click();

        assertThat(grid.size()).isEqualTo(db.fetchCount(DEPARTMENT));
        assertThat(db.fetchExists(DEPARTMENT, DEPARTMENT.NAME.eq(NEW_DEPARTMENT)))
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_stale_threshold_out_of_range_is_refused_in_plain_dutch() {
        navigate(SettingsView.class);
        int version = db.fetchValue(APP_SETTING.VERSION, APP_SETTING.ID.eq(1));
        // The field refuses 400 in the browser; the service must refuse it too.
        $(IntegerField.class).id("settings-stale-days").setValue(400);
        test($(Button.class).id("settings-save")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(text("validation.between", text("field.stale-after-days"), 1, 365));
        assertThat(db.fetchValue(APP_SETTING.VERSION, APP_SETTING.ID.eq(1))).isEqualTo(version);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_open_the_settings() {
        assertThatThrownBy(() -> navigate(SettingsView.class)).hasMessageContaining("RouteNotFoundError");
        assertThat($(Grid.class).withId("departments-grid").exists()).isFalse();
    }
}
