package nl.tweespoor.export;

/**
 * What a column holds, which decides its cell type, number format and width. A {@link #LABEL} holds a translation
 * key (an enum's label such as {@code stage.RUNNING}) and is written as text in the user's language.
 */
public enum CellType {
    TEXT(28),
    LABEL(16),
    INTEGER(10),
    /** A number with decimals, written as it is (hours, scores). */
    DECIMAL(10),
    /** Euros, with a currency format in Excel. */
    EUR(14),
    /** Percentage points (45 = 45 %), a fraction with a % format in Excel. */
    PERCENT(10),
    /** A {@link java.time.LocalDate}. */
    DATE(12),
    /** An {@link java.time.OffsetDateTime}, shown in the organisation's time zone. */
    DATE_TIME(18);

    private final int width;

    CellType(int width) {
        this.width = width;
    }

    /** The column's width in characters unless its header is longer. */
    int width() {
        return width;
    }
}
