package nl.tweespoor.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Checks {@link Amount}: the digits before the point, then the decimals. */
public class AmountCheck implements ConstraintValidator<Amount, BigDecimal> {

    /** How many zeros a number may carry beyond the column's decimals, as a form may send 2.500 for 2.50. */
    private static final int SPARE_TRAILING_ZEROS = 10;

    private int precision;
    private int scale;

    @Override
    public void initialize(Amount amount) {
        precision = amount.precision();
        scale = amount.scale();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        var problem = problem(value, precision, scale);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** The message key of what keeps {@code value} out of a numeric(precision, scale) column; null when it fits. */
    static @Nullable String problem(@Nullable BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (value.signum() != 0 && integerDigits > precision - scale) {
            return value.signum() > 0 ? Drafts.TOO_LARGE : Drafts.TOO_SMALL;
        }
        if (value.scale() > scale
                && ((long) value.scale() - scale > SPARE_TRAILING_ZEROS || !onlyZerosAfter(value, scale))) {
            return Drafts.TOO_MANY_DECIMALS;
        }
        return null;
    }

    /** The largest value of a {@code numeric(precision, scale)} column, e.g. 999999999999.99 for (14, 2). */
    public static BigDecimal largest(int precision, int scale) {
        return BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
    }

    /** Whether every digit after the first {@code scale} decimals is zero. */
    private static boolean onlyZerosAfter(BigDecimal value, int scale) {
        return value.stripTrailingZeros().scale() <= scale;
    }
}
