package nl.tweespoor.base.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.tweespoor.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a draft against the constraints on its components and refuses the first broken one (in the order the draft
 * declares its components) with a message in the user's language naming the field. Services call it before they
 * write, whatever the form already checked; it is plain Java, so the rules classes and their tests use it too.
 */
public final class Drafts {

    static final String TOO_LONG = "validation.too-long";
    static final String UNSTORABLE = "validation.unstorable-character";
    static final String TOO_LARGE = "validation.too-large";
    static final String TOO_SMALL = "validation.too-small";
    static final String TOO_MANY_DECIMALS = "validation.too-many-decimals";
    static final String BETWEEN = "validation.between";

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private Drafts() {}

    /** Refuses the draft's first broken constraint; a null draft passes (the service says what is missing). */
    public static void check(@Nullable Object draft) {
        if (draft == null) {
            return;
        }
        var order = componentOrder(draft.getClass());
        VALIDATOR.validate(draft).stream()
                .min(Comparator.comparingInt((ConstraintViolation<Object> violation) ->
                        order.indexOf(violation.getPropertyPath().toString())))
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
    }

    /**
     * The same check as {@link Text} for a single value that travels without a draft (a reason, a comment, a name):
     * {@code max} is a constant the feature declares beside its rules, which DeclaredLimitsTest compares with the
     * column.
     */
    public static void text(String fieldKey, @Nullable String value, int max) {
        var problem = TextCheck.problem(value, max);
        if (problem != null) {
            throw textRefusal(problem, fieldKey, max);
        }
    }

    private static InvalidInputException textRefusal(String key, String fieldKey, int max) {
        return key.equals(UNSTORABLE)
                ? new InvalidInputException(UNSTORABLE, fieldKey)
                : new InvalidInputException(TOO_LONG, fieldKey, max);
    }

    /** The same check as {@link Amount} for a single number that travels without a draft (a weight, an amount). */
    public static void amount(String fieldKey, @Nullable BigDecimal value, int precision, int scale) {
        var problem = AmountCheck.problem(value, precision, scale);
        if (problem != null) {
            throw amountRefusal(problem, fieldKey, precision, scale);
        }
    }

    private static InvalidInputException amountRefusal(String key, String fieldKey, int precision, int scale) {
        var largest = AmountCheck.largest(precision, scale);
        return switch (key) {
            case TOO_SMALL -> new InvalidInputException(TOO_SMALL, fieldKey, largest.negate());
            case TOO_MANY_DECIMALS -> new InvalidInputException(TOO_MANY_DECIMALS, fieldKey, scale);
            default -> new InvalidInputException(TOO_LARGE, fieldKey, largest);
        };
    }

    private static InvalidInputException refusal(ConstraintViolation<?> violation) {
        var constraint = violation.getConstraintDescriptor().getAnnotation();
        var key = violation.getMessageTemplate();
        return switch (constraint) {
            case Text text -> textRefusal(key, text.field(), text.max());
            case Amount amount -> amountRefusal(key, amount.field(), amount.precision(), amount.scale());
            case Between between ->
                key.equals(BETWEEN)
                        ? new InvalidInputException(BETWEEN, between.field(), between.min(), between.max())
                        : new InvalidInputException(key);
            default -> new InvalidInputException(key);
        };
    }

    private static List<String> componentOrder(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> component.getName())
                    .toList();
        }
        return Arrays.stream(type.getDeclaredFields())
                .map(field -> field.getName())
                .toList();
    }
}
