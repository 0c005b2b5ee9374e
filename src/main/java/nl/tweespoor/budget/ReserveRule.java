package nl.tweespoor.budget;

import java.math.BigDecimal;

/**
 * The redesign reserve's rule: what optimising may plan in a year is the envelopes minus the reserve. A plan that
 * adds to optimising past that is refused, saying how much room is left; lowering or keeping a plan is always fine.
 */
final class ReserveRule {

    private ReserveRule() {}

    /** The optimise room left before the change: envelopes - reserve - what optimising plans already, never negative. */
    static BigDecimal roomLeft(BigDecimal envelopes, BigDecimal reserve, BigDecimal optimisePlanned) {
        return envelopes.subtract(reserve).subtract(optimisePlanned).max(BigDecimal.ZERO);
    }

    /** Whether adding {@code increase} to optimising (already at {@code optimisePlanned}) eats into the reserve. */
    static boolean eatsIntoReserve(
            BigDecimal envelopes, BigDecimal reserve, BigDecimal optimisePlanned, BigDecimal increase) {
        if (increase.signum() <= 0) {
            return false;
        }
        return optimisePlanned.add(increase).compareTo(envelopes.subtract(reserve)) > 0;
    }
}
