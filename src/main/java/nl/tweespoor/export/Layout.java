package nl.tweespoor.export;

import java.util.List;

/**
 * The columns of one list's export, in order, and the sheet's name (a translation key). Lists a later import reads
 * back start with their stable id column.
 */
public record Layout<R>(String sheetKey, List<Column<R>> columns) {

    public Layout {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export has at least one column");
        }
    }

    @SafeVarargs
    public static <R> Layout<R> of(String sheetKey, Column<R>... columns) {
        return new Layout<>(sheetKey, List.of(columns));
    }
}
