package nl.tweespoor.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One cell as a file holds it: the text, and for a number cell of a workbook the number itself (the cached result of
 * a formula included), whether its format is a date (then {@link #date()} is the day of the Excel serial) or a
 * percentage. A .csv cell is text only.
 */
record SheetCell(
        String text, @Nullable BigDecimal number, @Nullable LocalDate date, boolean percent) {

    static final SheetCell EMPTY = new SheetCell("", null, null, false);

    static SheetCell text(String text) {
        return text.isEmpty() ? EMPTY : new SheetCell(text, null, null, false);
    }

    boolean isBlank() {
        return number == null && text.isBlank();
    }
}
