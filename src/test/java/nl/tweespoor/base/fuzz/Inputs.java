package nl.tweespoor.base.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generators of field values: {@code fine} values a field must take (tricky Unicode included: emoji, combining marks,
 * right-to-left text) and {@code bad} values it must refuse (too long, NUL and other control characters, half an
 * emoji, blanks, out-of-range and absurd numbers, malformed quarters, nulls where a value is required).
 */
final class Inputs {

    /** A generator of one field's values. */
    interface Gen extends Function<Random, Object> {}

    /** Printable pieces that survive trimming; some are one code point of two Java chars, some combine. */
    private static final List<String> PIECES = List.of(
            "a",
            "Z",
            "é",
            "e\u0301",
            "ß",
            "Ω",
            "漢字",
            "😀",
            "👩\u200D💻",
            "שלום",
            "مرحبا",
            "\u202Eabc\u202C",
            "\u200B",
            "<b>",
            "'",
            "\"",
            "%s",
            "{0}",
            "\\",
            "-",
            "7",
            "ñ",
            "\uFEFF",
            "\u00A0x");

    private static final List<String> BAD_QUARTERS = List.of(
            "2027-Q5",
            "2027-Q0",
            "27-Q1",
            "2027Q1",
            "2027-q1",
            "２０２７-Q1",
            "١٢٣٤-Q1",
            "2027-Q1x",
            "Q1-2027",
            "2027-Q\u0000",
            "2027-\u0000Q1",
            "2027-Q11",
            "-2027-Q1",
            "2027-Q1\n2028-Q1",
            "x".repeat(100),
            "2027-Ⅰ",
            "2027–Q1",
            "😀");

    private Inputs() {}

    static Gen constant(Object value) {
        return random -> value;
    }

    static Gen oneOf(Object... values) {
        return random -> values[random.nextInt(values.length)];
    }

    /** Text of 1..max code points that does not trim to nothing. */
    static Gen fineText(int max) {
        return random -> {
            int target = 1 + random.nextInt(random.nextBoolean() ? Math.min(max, 12) : max);
            var text = new StringBuilder("a");
            int points = 1;
            while (points < target) {
                var piece = PIECES.get(random.nextInt(PIECES.size()));
                int size = piece.codePointCount(0, piece.length());
                if (points + size > target) {
                    piece = "b";
                    size = 1;
                }
                text.append(piece);
                points += size;
            }
            return random.nextInt(4) == 0 ? " \t" + text + "\n " : text.toString();
        };
    }

    static Gen optionalText(int max) {
        var text = fineText(max);
        return random -> random.nextInt(4) == 0 ? oneOf(null, "", "  ", "\n").apply(random) : text.apply(random);
    }

    /** Values a text column of {@code max} characters must refuse; blanks and null too when it is required. */
    static Gen badText(int max, boolean required) {
        return random -> switch (random.nextInt(required ? 7 : 5)) {
            case 0 -> tooLong(random, max);
            case 1 -> inside(random, max, "\u0000");
            case 2 ->
                inside(
                        random,
                        max,
                        oneOf("\uD83D", "\uDE00", "\u0001", "\u0007", "\u001B", "\u001F")
                                .apply(random)
                                .toString());
            case 3 -> random.nextInt(10) == 0 ? "x".repeat(100_000) : "😀".repeat(max + 1);
            case 4 -> "e" + "\u0301".repeat(max);
            case 5 -> oneOf(null, "", " ", "\t\n", "\u2003", " \r\n ").apply(random);
            default -> "\u0001";
        };
    }

    /** One more code point than fits, none of them trimmed away. */
    private static String tooLong(Random random, int max) {
        var text = new StringBuilder();
        int points = 0;
        while (points <= max) {
            var piece = random.nextBoolean()
                    ? "x"
                    : oneOf("😀", "é", "漢", "ש").apply(random).toString();
            text.append(piece);
            points++;
        }
        return text.toString();
    }

    /** A character the database cannot take, between printable ones so no trim removes it. */
    private static String inside(Random random, int max, String character) {
        var text = fineText(Math.max(2, max - 3)).apply(random).toString().strip();
        int at = 1 + random.nextInt(Math.max(1, text.length() - 1));
        if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        return text.substring(0, at) + character + text.substring(at) + "z";
    }

    static Gen fineQuarter() {
        return random -> (2020 + random.nextInt(20)) + "-Q" + (1 + random.nextInt(4));
    }

    static Gen badQuarter(boolean required) {
        return random -> required && random.nextInt(6) == 0
                ? oneOf(null, "", "  ").apply(random)
                : BAD_QUARTERS.get(random.nextInt(BAD_QUARTERS.size()));
    }

    /** A number with at most {@code scale} decimals between min and max. */
    static Gen fineNumber(String min, String max, int scale) {
        var low = new BigDecimal(min);
        var span = new BigDecimal(max).subtract(low);
        return random -> {
            var fraction = BigDecimal.valueOf(random.nextInt(1_000_001)).movePointLeft(6);
            if (random.nextInt(5) == 0) {
                fraction = random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.ONE;
            }
            return low.add(span.multiply(fraction)).setScale(scale, RoundingMode.DOWN);
        };
    }

    static Gen optionalNumber(String min, String max, int scale) {
        var number = fineNumber(min, max, scale);
        return random -> random.nextInt(4) == 0 ? null : number.apply(random);
    }

    /** Numbers a numeric(precision, scale) column limited to [min, max] must refuse; null too when required. */
    static Gen badNumber(int precision, int scale, String min, String max, boolean required) {
        var largest = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
        var step = BigDecimal.ONE.movePointLeft(scale);
        return random -> switch (random.nextInt(required ? 10 : 9)) {
            case 0 -> largest.add(step);
            case 1 -> new BigDecimal(max).add(step);
            case 2 -> new BigDecimal(min).subtract(step);
            case 3 ->
                oneOf(
                                new BigDecimal("1E+30"),
                                new BigDecimal("-1E+30"),
                                new BigDecimal("1E+1000000"),
                                new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE),
                                largest.negate().subtract(step))
                        .apply(random);
            case 4 -> BigDecimal.ONE.movePointLeft(scale + 1).add(new BigDecimal(min).max(BigDecimal.ONE));
            case 5 -> new BigDecimal(BigInteger.ONE, 1_000_000);
            case 6 ->
                new BigDecimal(BigInteger.ZERO, 100_000)
                        .add(new BigDecimal(max))
                        .setScale(100_000);
            case 7 -> new BigDecimal(BigInteger.valueOf(15), Integer.MAX_VALUE);
            case 8 ->
                new BigDecimal(BigInteger.TEN.pow(5_000).add(BigInteger.ONE), 5_000)
                        .add(new BigDecimal(min).max(BigDecimal.ZERO));
            default -> null;
        };
    }

    static Gen fineInt(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    static Gen badInt(int min, int max, boolean required) {
        return random -> switch (random.nextInt(required ? 5 : 4)) {
            case 0 -> min - 1;
            case 1 -> max + 1;
            case 2 -> Integer.MIN_VALUE;
            case 3 -> Integer.MAX_VALUE;
            default -> null;
        };
    }

    /** A password every policy takes: long, mixed, unlike any user name. */
    static Gen finePassword() {
        return random -> "Fz9!" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "qW7#xRtB";
    }

    static Gen badPassword() {
        return oneOf(null, "", "short", "        ", "é".repeat(40), "x".repeat(200), "a\u0000");
    }
}
