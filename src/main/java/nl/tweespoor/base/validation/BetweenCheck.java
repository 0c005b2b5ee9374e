package nl.tweespoor.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Between} for any whole number type. */
public class BetweenCheck implements ConstraintValidator<Between, Number> {

    private long min;
    private long max;

    @Override
    public void initialize(Between between) {
        min = between.min();
        max = between.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || (value.longValue() >= min && value.longValue() <= max);
    }
}
