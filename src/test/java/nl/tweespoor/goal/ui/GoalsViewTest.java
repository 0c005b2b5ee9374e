package nl.tweespoor.goal.ui;

import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.goal.GoalRow;
import nl.tweespoor.support.BrowserlessUiTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@FreshDatabaseForEachTest
class GoalsViewTest extends BrowserlessUiTest {

    private static final String TITLE = "Browserless doel: AI-geletterdheid voor iedereen";

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_adds_a_goal_and_it_appears_in_the_lazy_grid() {
        navigate(GoalsView.class);
        int before = db.fetchCount(STRATEGIC_GOAL);
        test($(Button.class).id("goal-create")).click();
        test($(TextField.class).id("goal-title")).setValue(TITLE);
        test($(Button.class).id("goal-save")).click();

        assertThat(db.fetchCount(STRATEGIC_GOAL)).isEqualTo(before + 1);
        var grid = test($(Grid.class).single());
        assertThat(grid.size()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("leader")
    void a_goal_without_title_is_refused_with_a_message_in_dutch() {
        navigate(GoalsView.class);
        int before = db.fetchCount(STRATEGIC_GOAL);
        test($(Button.class).id("goal-create")).click();
        test($(Button.class).id("goal-save")).click();

        assertThat(db.fetchCount(STRATEGIC_GOAL)).isEqualTo(before);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(text("validation.title-required"));
    }

    @Test
    @WithUserDetails("leader")
    @SuppressWarnings("unchecked")
    void a_rows_edit_button_is_drawn_by_the_browser_names_its_goal_and_opens_that_goal_in_the_form() {
        navigate(GoalsView.class);
        Grid<GoalRow> grid = $(Grid.class).single();
        var rows = test(grid);
        int editColumn = grid.getColumns().size() - 1;
        var first = rows.getRow(0);

        assertThat(rows.getLitRendererPropertyValue(0, editColumn, "label", String.class))
                .isEqualTo(text("action.edit-item", first.title()));
        rows.invokeLitRendererFunction(0, editColumn, "edit");

        assertThat($(TextField.class).id("goal-title").getValue()).isEqualTo(first.title());
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_cannot_add_goals() {
        navigate(GoalsView.class);
        assertThat($(Button.class).withId("goal-create").exists()).isFalse();
    }
}
