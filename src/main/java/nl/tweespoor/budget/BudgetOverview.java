package nl.tweespoor.budget;

import java.util.List;

/** The budget page of one year: per track, goal, department and item, plus the redesign balance. */
public record BudgetOverview(int year, List<Rollup> tracks, List<Rollup> goals, List<Rollup> departments,
        List<Rollup> overBudgetItems, Balance balance, int settingsVersion) {
}
