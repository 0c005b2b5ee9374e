package nl.tweespoor.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text}: first that every character can be stored, then the length. */
public class TextCheck implements ConstraintValidator<Text, String> {

    private int max;

    @Override
    public void initialize(Text text) {
        max = text.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!Characters.storable(value)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(Drafts.UNSTORABLE).addConstraintViolation();
            return false;
        }
        var stored = value.trim();
        return stored.codePointCount(0, stored.length()) <= max;
    }
}
