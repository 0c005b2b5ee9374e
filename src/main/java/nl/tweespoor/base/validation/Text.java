package nl.tweespoor.base.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a {@code varchar(max)} or {@code text} column holds once trimmed: at most {@link #max} characters as
 * PostgreSQL counts them (an emoji is one), and no character it cannot store (NUL, other control characters, a lone
 * surrogate). Null passes: whether a field is required is the service's own rule, with its own message. {@link
 * #column} names the column ("table.column"); DeclaredLimitsTest checks that {@link #max} is its length.
 */
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT})
@Constraint(validatedBy = TextCheck.class)
public @interface Text {

    /** The translation key of the field's name, for the message. */
    String field();

    /** The column's length; for an unbounded {@code text} column, the limit the schema's check sets. */
    int max();

    /** "table.column" whose length {@link #max} is. */
    String column();

    String message() default Drafts.TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
