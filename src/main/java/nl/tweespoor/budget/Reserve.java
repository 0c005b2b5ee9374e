package nl.tweespoor.budget;

import java.math.BigDecimal;

/**
 * A year's redesign reserve as the budget page shows it: the amount (0 when none is set), what redesign items plan
 * (using it), what is still free of it, what optimising may still plan, and the version a leader edits against.
 */
public record Reserve(
        int year,
        BigDecimal amount,
        BigDecimal envelopes,
        BigDecimal redesignPlanned,
        BigDecimal optimisePlanned,
        int overrides,
        int version) {

    public BigDecimal usedByRedesign() {
        return redesignPlanned.min(amount);
    }

    public BigDecimal free() {
        return amount.subtract(usedByRedesign());
    }

    public BigDecimal optimiseRoom() {
        return ReserveRule.roomLeft(envelopes, amount, optimisePlanned);
    }
}
