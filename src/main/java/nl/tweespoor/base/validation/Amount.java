package nl.tweespoor.base.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number a {@code numeric(precision, scale)} column holds: no more decimals than {@link #scale} (the database would
 * round them away silently), no more digits before the point than precision − scale. Trailing zeros are fine (1.50000
 * has two decimals), but only a few: a BigDecimal with an absurd scale such as 0E-100000 is refused before anyone
 * computes with it. Null passes. DeclaredLimitsTest checks precision and scale against {@link #column}.
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = AmountCheck.class)
public @interface Amount {

    String field();

    int precision();

    int scale();

    /** "table.column" whose type is numeric(precision, scale). */
    String column();

    String message() default Drafts.TOO_LARGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
