package nl.tweespoor.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link Text}: first that every character can be stored, then the length. */
public class TextCheck implements ConstraintValidator<Text, String> {

    private int max;

    @Override
    public void initialize(Text text) {
        max = text.max();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        var problem = problem(value, max);
        if (problem == null) {
            return true;
        }
        if (problem.equals(Drafts.UNSTORABLE)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        }
        return false;
    }

    /** The message key of what keeps {@code value} out of a text column of {@code max} characters; null when it fits. */
    static @Nullable String problem(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        if (!Characters.storable(value)) {
            return Drafts.UNSTORABLE;
        }
        var stored = value.trim();
        return stored.codePointCount(0, stored.length()) <= max ? null : Drafts.TOO_LONG;
    }
}
