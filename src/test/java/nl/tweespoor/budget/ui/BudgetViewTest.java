package nl.tweespoor.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.Year;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.Rollup;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The budget page lists the items over budget in a paged grid, the same ones the service finds; leaders also get the
 * redesign target and the envelopes to edit, others only read them.
 */
class BudgetViewTest extends BrowserlessUiTest {

    @Autowired
    BudgetService budgets;

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void the_over_budget_items_are_listed_in_a_grid_of_their_own() {
        navigate(BudgetView.class);
        Grid<Rollup> grid = $(Grid.class).id("over-budget-items");
        int year = Year.now().getValue();

        assertThat(test(grid).size())
                .isEqualTo(budgets.countOverBudgetItems(year))
                .isPositive();
        assertThat(test(grid).getRow(0))
                .isEqualTo(budgets.overBudgetItems(year, 0, 1).get(0));
    }

    @Test
    @WithUserDetails("leader")
    @SuppressWarnings("unchecked")
    void a_leader_sees_the_balance_the_tracks_and_the_editors_of_target_and_envelopes() {
        navigate(BudgetView.class);
        var overview = budgets.overview(Year.now().getValue());

        assertThat($(Div.class).id("balance").getElement().getTextRecursively()).contains("%");
        assertThat($(Paragraph.class).id("track-split").getText()).isNotBlank();
        Grid<Rollup> tracks = $(Grid.class).id("budget-tracks");
        assertThat(test(tracks).size()).isEqualTo(overview.tracks().size());
        assertThat($(BigDecimalField.class).id("redesign-target").getValue())
                .isEqualByComparingTo(overview.balance().targetPct());
        assertThat($(BigDecimalField.class).all())
                .extracting(field -> field.getId().orElse(""))
                .contains("envelope-personal", "envelope-strategic");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_budget_without_editors() {
        navigate(BudgetView.class);

        assertThat($(Div.class).id("balance").getElement().getTextRecursively()).contains("%");
        assertThat($(BigDecimalField.class).all()).isEmpty();
    }
}
