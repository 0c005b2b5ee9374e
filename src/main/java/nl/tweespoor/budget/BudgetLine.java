package nl.tweespoor.budget;

import java.math.BigDecimal;

/** Planned and actual amounts of one item in one quarter; version 0 means no row is stored yet. */
public record BudgetLine(String quarter, BigDecimal planned, BigDecimal actual, int version) {

    public boolean overBudget() {
        return actual.compareTo(planned) > 0;
    }
}
