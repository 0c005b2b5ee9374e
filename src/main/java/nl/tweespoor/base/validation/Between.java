package nl.tweespoor.base.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@link #min} to {@link #max}, both included (a rating, a percentage, a year). Null passes.
 * The message names the field and the range unless a feature has its own ({@link #message}, with no arguments).
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = BetweenCheck.class)
public @interface Between {

    String field();

    long min();

    long max();

    String message() default Drafts.BETWEEN;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
