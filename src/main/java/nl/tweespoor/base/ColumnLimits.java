package nl.tweespoor.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jooq.Field;

/**
 * What a column can hold, read from the generated jOOQ field, so each limit is declared once: by the schema. Services
 * call these checks before they write, so text that is too long, a character that cannot be stored (NUL and other
 * control characters, a lone surrogate) or a number the column cannot hold is refused with a message naming the
 * field, not by the database.
 */
public final class ColumnLimits {

    /** How many zeros a number may carry beyond the column's decimals, as a form may send 2.500 for 2.50. */
    private static final int SPARE_TRAILING_ZEROS = 10;

    private ColumnLimits() {}

    /** The column's maximum length in characters, e.g. 200 for {@code varchar(200)}. */
    public static int max(Field<String> column) {
        return column.getDataType().length();
    }

    /**
     * Refuses text the column cannot hold once trimmed (the services store it trimmed). Null passes: whether a field
     * is required is the service's own rule, with its own message.
     */
    public static void text(String fieldKey, String value, Field<String> column) {
        if (value == null) {
            return;
        }
        if (!storable(value)) {
            throw new InvalidInputException("validation.unstorable-character", fieldKey);
        }
        var stored = value.trim();
        int max = max(column);
        // PostgreSQL counts characters (code points); an emoji is one, though Java's length() counts it as two.
        if (stored.codePointCount(0, stored.length()) > max) {
            throw new InvalidInputException("validation.too-long", fieldKey, max);
        }
    }

    /**
     * Refuses a number the {@code numeric(p, s)} column cannot hold: more decimals than s (the database would round
     * them away silently) or more digits before the point than p - s. Trailing zeros are fine (1.50000 has two
     * decimals), but only a few: a BigDecimal with an absurd scale such as 0E-100000 is refused before anyone
     * computes with it, and so is anything the database could not parse. Null passes.
     */
    public static void number(String fieldKey, BigDecimal value, Field<BigDecimal> column) {
        if (value == null) {
            return;
        }
        int precision = column.getDataType().precision();
        int scale = column.getDataType().scale();
        long integerDigits = (long) value.precision() - value.scale();
        if (value.signum() != 0 && integerDigits > precision - scale) {
            var largest = largest(precision, scale);
            throw value.signum() > 0
                    ? new InvalidInputException("validation.too-large", fieldKey, largest)
                    : new InvalidInputException("validation.too-small", fieldKey, largest.negate());
        }
        if (value.scale() > scale
                && ((long) value.scale() - scale > SPARE_TRAILING_ZEROS || !onlyZerosAfter(value, scale))) {
            throw new InvalidInputException("validation.too-many-decimals", fieldKey, scale);
        }
    }

    /** The largest value of a {@code numeric(precision, scale)} column, e.g. 999999999999.99 for (14, 2). */
    public static BigDecimal largest(int precision, int scale) {
        return BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
    }

    public static BigDecimal largest(Field<BigDecimal> column) {
        return largest(column.getDataType().precision(), column.getDataType().scale());
    }

    /** Whether every digit after the first {@code scale} decimals is zero. */
    private static boolean onlyZerosAfter(BigDecimal value, int scale) {
        try {
            value.setScale(scale, RoundingMode.UNNECESSARY);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * PostgreSQL refuses NUL in text; a lone surrogate is no character at all and would not survive encoding. Other
     * control characters (tab, line feed and carriage return aside) are refused too: Java's trim() removes them,
     * so a title of only U+0001 would pass isBlank() and then break the database's own non-blank check.
     */
    private static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
