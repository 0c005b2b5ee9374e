package nl.tweespoor.budget;

import java.util.List;

/**
 * The budget page of one year: the year's totals per track and the redesign balance, per goal and per department.
 * The items over budget are paged apart ({@link BudgetService#overBudgetItems}).
 */
public record BudgetOverview(YearTotals totals, List<Rollup> goals, List<Rollup> departments) {

    public BudgetOverview {
        goals = List.copyOf(goals);
        departments = List.copyOf(departments);
    }

    public int year() {
        return totals.year();
    }

    public List<Rollup> tracks() {
        return totals.tracks();
    }

    public Balance balance() {
        return totals.balance();
    }

    public int settingsVersion() {
        return totals.settingsVersion();
    }
}
