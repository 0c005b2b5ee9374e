package nl.tweespoor.budget;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.validation.Drafts;

/**
 * The rule for every euro amount the budget keeps — planned, actual, envelope, reserve: it fits numeric(14, 2) and is
 * not negative. One place, so a form, the reserve panel and an import refuse the same amounts with the same message.
 */
public final class Amounts {

    /** budget_line.planned and actual, budget_envelope.amount, redesign_reserve.amount: numeric(14, 2), as DeclaredLimitsTest checks. */
    public static final int PRECISION = 14;

    public static final int SCALE = 2;

    private Amounts() {}

    /** Refuses an amount that does not fit the column or is negative, naming the amount field. */
    public static BigDecimal check(BigDecimal value) {
        Drafts.amount("field.amount", value, PRECISION, SCALE);
        if (value.signum() < 0) {
            throw new InvalidInputException("validation.not-negative", "field.amount");
        }
        return value;
    }
}
