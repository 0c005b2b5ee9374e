package nl.tweespoor.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values from cells as people type them: numbers in Dutch (1.234,50) or English (1,234.50) notation, with
 * a euro sign or a % sign; quarters as 2027-Q1, Q1 2027 or as any day in the quarter (an Excel date serial, or text as
 * dd-mm-yyyy or yyyy-mm-dd). A value it cannot read is an {@link InvalidInputException} naming what was expected.
 */
final class CellValues {

    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern QUARTER_FIRST = Pattern.compile("(?i)Q([1-4])[\\s-/]*(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?i)(\\d{4})[\\s-/]*Q([1-4])");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    private CellValues() {}

    static @Nullable String text(SheetCell cell) {
        if (cell.number() != null) {
            return cell.number().toPlainString();
        }
        var text = cell.text().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The cell as a number; a workbook's number as stored (a percentage-formatted one as percentage points when
     * {@code percentPoints}). {@code decimalComma}: the file's own notation when it has one (a Dutch .csv).
     */
    static @Nullable BigDecimal number(SheetCell cell, boolean decimalComma, boolean percentPoints) {
        var stored = cell.number();
        if (stored != null) {
            return percentPoints && cell.percent() ? stored.movePointRight(2).stripTrailingZeros() : stored;
        }
        var text = cell.text()
                .replace('\u00A0', ' ')
                .replace("€", "")
                .replace("EUR", "")
                .strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        text = text.replace(" ", "").replace("'", "");
        try {
            return new BigDecimal(plain(text, decimalComma));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("import.not-a-number", cell.text().strip());
        }
    }

    /** Digits with a '.' as the decimal point, whichever notation the text was in. */
    private static String plain(String text, boolean decimalComma) {
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // both: the last one is the decimal separator, the other groups thousands
            return comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        }
        var digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (comma >= 0) {
            return !decimalComma && GROUPED_COMMAS.matcher(digits).matches()
                    ? text.replace(",", "")
                    : text.replace(',', '.');
        }
        if (dot >= 0 && decimalComma && GROUPED_DOTS.matcher(digits).matches()) {
            return text.replace(".", "");
        }
        return text;
    }

    /** A whole number, such as a count of participants or an item's id. */
    static @Nullable Integer integer(SheetCell cell, boolean decimalComma) {
        var value = number(cell, decimalComma, false);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    "import.not-a-whole-number", cell.text().strip());
        }
    }

    /** A quarter as 2027-Q1 (the form's format), or the quarter a date falls in. */
    static @Nullable String quarter(SheetCell cell) {
        if (cell.date() != null) {
            return Quarter.of(cell.date()).toString();
        }
        if (cell.number() != null) {
            throw new InvalidInputException(
                    "error.quarter-format", cell.number().toPlainString());
        }
        var text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        var year = YEAR_FIRST.matcher(text);
        if (year.matches()) {
            return new Quarter(Integer.parseInt(year.group(1)), Integer.parseInt(year.group(2))).toString();
        }
        var quarter = QUARTER_FIRST.matcher(text);
        if (quarter.matches()) {
            return new Quarter(Integer.parseInt(quarter.group(2)), Integer.parseInt(quarter.group(1))).toString();
        }
        var date = date(text);
        if (date != null) {
            return Quarter.of(date).toString();
        }
        throw new InvalidInputException("error.quarter-format", text);
    }

    static @Nullable LocalDate date(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next notation
            }
        }
        return null;
    }
}
