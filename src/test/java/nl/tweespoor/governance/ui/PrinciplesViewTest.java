package nl.tweespoor.governance.ui;

import static nl.tweespoor.db.Tables.PRINCIPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.governance.PrincipleCategory;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class PrinciplesViewTest extends BrowserlessUiTest {

    private static final String CODE = "TEST-1";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    @SuppressWarnings("unchecked")
    void a_leader_adds_a_principle_through_the_dialog_and_it_shows_in_the_catalogue() {
        navigate(PrinciplesView.class);
        int before = db.fetchCount(PRINCIPLE);

        test($(Button.class).id("principle-create")).click();
        test($(TextField.class).id("principle-code")).setValue("test-1");
        test($(TextField.class).id("principle-title")).setValue("Testprincipe");
        test((Select<PrincipleCategory>) $(Select.class).id("principle-category"))
                .selectItem(text("category.ETHICS"));
        test($(TextArea.class).id("principle-explanation")).setValue("Waarom dit telt.");
        test($(Button.class).id("principle-save")).click();

        assertThat(db.fetchCount(PRINCIPLE)).isEqualTo(before + 1);
        assertThat(test($(Grid.class).id("principles-grid")).size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("leader")
    void a_principle_without_explanation_is_refused_in_the_users_language() {
        navigate(PrinciplesView.class);
        test($(Button.class).id("principle-create")).click();
        test($(TextField.class).id("principle-code")).setValue(CODE);
        test($(TextField.class).id("principle-title")).setValue("Zonder uitleg");
        test($(Button.class).id("principle-save")).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("principle.explanation-required"));
        assertThat(db.fetchExists(PRINCIPLE, PRINCIPLE.CODE.eq(CODE))).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_catalogue_and_matrix_but_cannot_edit() {
        navigate(PrinciplesView.class);

        assertThat($(Button.class).withId("principle-create").exists()).isFalse();
        assertThat(test($(Grid.class).id("principles-grid")).size()).isEqualTo(db.fetchCount(PRINCIPLE));
        navigate(PrinciplesMatrixView.class);
        var matrix = test($(Grid.class).id("principle-matrix"));
        int all = matrix.size();
        assertThat(all).isPositive();

        test($(Checkbox.class).id("matrix-only-open")).click();

        assertThat(test($(Grid.class).id("principle-matrix")).size())
                .isPositive()
                .isLessThan(all);
    }
}
