package nl.tweespoor.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.Year;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.Rollup;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The budget page lists the items over budget in a paged grid, the same ones the service finds. */
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
}
