package nl.tweespoor.export;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One column of an export: its header (a translation key, or the header itself when {@code literalHeader}: a column
 * named after data, such as a principle), what it holds, and how to read it from a row.
 */
public record Column<R>(String headerKey, CellType type, Function<R, @Nullable Object> value, boolean literalHeader) {

    public Column(String headerKey, CellType type, Function<R, @Nullable Object> value) {
        this(headerKey, type, value, false);
    }

    /** A column whose header is the given text as it is, not a translation key (a principle's code and title). */
    public static <R> Column<R> titled(String header, CellType type, Function<R, @Nullable Object> value) {
        return new Column<>(header, type, value, true);
    }

    /** The header in the language {@code translate} speaks. */
    String header(UnaryOperator<String> translate) {
        return literalHeader ? headerKey : translate.apply(headerKey);
    }

    public static <R> Column<R> text(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.TEXT, value);
    }

    /** An enum's label: the value is a translation key, written in the user's language. */
    public static <R> Column<R> label(String headerKey, Function<R, @Nullable Object> key) {
        return new Column<>(headerKey, CellType.LABEL, key);
    }

    public static <R> Column<R> integer(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.INTEGER, value);
    }

    public static <R> Column<R> decimal(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.DECIMAL, value);
    }

    public static <R> Column<R> eur(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.EUR, value);
    }

    public static <R> Column<R> percent(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.PERCENT, value);
    }

    public static <R> Column<R> date(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.DATE, value);
    }

    public static <R> Column<R> dateTime(String headerKey, Function<R, @Nullable Object> value) {
        return new Column<>(headerKey, CellType.DATE_TIME, value);
    }
}
