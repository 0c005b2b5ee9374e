package nl.tweespoor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class PlanningHorizonTest {

    @Test
    void budgets_are_planned_from_last_year_to_two_years_ahead() {
        assertThat(PlanningHorizon.budgetYears(Year.of(2026))).containsExactly(2025, 2026, 2027, 2028);
    }

    @Test
    void priorities_are_set_from_this_year_to_two_years_ahead() {
        assertThat(PlanningHorizon.priorityYears(Year.of(2026))).containsExactly(2026, 2027, 2028);
    }
}
