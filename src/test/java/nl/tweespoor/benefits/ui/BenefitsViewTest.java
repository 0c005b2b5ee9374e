package nl.tweespoor.benefits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Locale;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.benefits.BenefitsService;
import nl.tweespoor.benefits.DepartmentBenefit;
import nl.tweespoor.benefits.ItemBenefit;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 13: /benefits shows the service's sums, its lists page through the database, the trend has its text. */
class BenefitsViewTest extends BrowserlessUiTest {

    private static final Locale DUTCH = Translations.DUTCH;

    @Autowired
    BenefitsService benefits;

    @Test
    @WithUserDetails("viewer")
    void the_figures_are_the_totals_in_the_users_language() {
        navigate(BenefitsView.class);
        var totals = benefits.totals();

        assertThat(totals.hours().perYear()).as("the demo story saves hours").isPositive();
        assertThat(figure("figure-hours-year"))
                .isEqualTo(Formats.number(totals.hours().perYear(), DUTCH));
        assertThat(figure("figure-fte")).isEqualTo(Formats.number(totals.hours().fte(), DUTCH));
        assertThat(figure("figure-experiments")).isEqualTo(String.valueOf(totals.experiments()));
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void the_department_list_holds_every_department_most_hours_first() {
        navigate(BenefitsView.class);
        var grid = test((Grid<DepartmentBenefit>) $(Grid.class).id("benefits-departments"));

        assertThat(grid.size()).isEqualTo(benefits.departmentCount()).isGreaterThanOrEqualTo(7);
        assertThat(grid.getRow(0).hours().perYear())
                .isGreaterThanOrEqualTo(grid.getRow(1).hours().perYear());
    }

    @Test
    @WithUserDetails("viewer")
    @SuppressWarnings("unchecked")
    void the_cost_per_hour_list_sorts_in_the_database_by_the_column_clicked() {
        navigate(BenefitsView.class);
        var grid = (Grid<ItemBenefit>) $(Grid.class).id("benefits-experiments");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(benefits.experimentCount()).isPositive();

        tester.sortByColumn("costPerHour", SortDirection.ASCENDING);

        var first = tester.getRow(0);
        assertThat(first.costPerHour()).as("the cheapest hour saved first").isNotNull();
        for (int i = 1; i < tester.size() && tester.getRow(i).costPerHour() != null; i++) {
            assertThat(tester.getRow(i).costPerHour())
                    .isGreaterThanOrEqualTo(tester.getRow(i - 1).costPerHour());
        }
    }

    @Test
    @WithUserDetails("viewer")
    void the_trend_has_a_line_of_text_per_quarter() {
        navigate(BenefitsView.class);

        var lines = $(ListItem.class, $(Div.class).id("adoption-trend")).all();

        assertThat(lines).hasSize(BenefitsService.TREND_QUARTERS);
        assertThat(lines.getLast().getText())
                .as("the demo story measured this quarter")
                .contains(text("benefits.trend-adoption").substring(0, 3).toLowerCase(DUTCH));
    }

    private String figure(String id) {
        return $(Span.class, $(Div.class).id(id))
                .withClassName("big-number")
                .single()
                .getText();
    }
}
