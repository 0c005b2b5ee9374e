package nl.tweespoor.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sheet read as a header and the rows under it. The header is the row among the first {@link #HEADER_SEARCH} rows
 * that names the most known columns (a title row above it is skipped); a header cell left empty because it is part
 * of a cell merged downwards takes the text above it. Blank rows (trailing ones above all) are left out.
 */
record SheetTable(Map<ImportField, Integer> columns, List<String> unknownHeaders, List<SheetRow> rows) {

    static final int HEADER_SEARCH = 10;

    static SheetTable of(List<SheetRow> read, Map<String, ImportField> headers) {
        int best = -1;
        Map<ImportField, Integer> bestColumns = Map.of();
        List<String> bestUnknown = List.of();
        for (int i = 0; i < Math.min(HEADER_SEARCH, read.size()); i++) {
            var columns = new EnumMap<ImportField, Integer>(ImportField.class);
            var unknown = new ArrayList<String>();
            var row = read.get(i);
            for (int c = 0; c < row.cells().size(); c++) {
                var text = headerText(read, i, c, headers);
                if (text == null) {
                    continue;
                }
                var field = headers.get(ImportField.normalise(text));
                if (field == null) {
                    unknown.add(text.strip());
                } else {
                    columns.putIfAbsent(field, c);
                }
            }
            if (columns.size() > bestColumns.size()) {
                best = i;
                bestColumns = columns;
                bestUnknown = unknown;
            }
        }
        if (best < 0 || !bestColumns.containsKey(ImportField.TITLE) && bestColumns.size() < 2) {
            throw new FileRefusedException("import.no-header");
        }
        var rows = read.subList(best + 1, read.size()).stream()
                .filter(row -> !row.isBlank())
                .toList();
        return new SheetTable(Map.copyOf(bestColumns), List.copyOf(bestUnknown), rows);
    }

    /** The header cell's text, or for an empty one the known header right above it (a merged header cell). */
    private static @Nullable String headerText(
            List<SheetRow> read, int row, int column, Map<String, ImportField> headers) {
        var text = read.get(row).cell(column).text();
        if (!text.isBlank()) {
            return text;
        }
        for (int above = row - 1; above >= 0; above--) {
            var candidate = read.get(above).cell(column).text();
            if (!candidate.isBlank()) {
                return headers.containsKey(ImportField.normalise(candidate)) ? candidate : null;
            }
        }
        return null;
    }

    SheetCell cell(SheetRow row, ImportField field) {
        var column = columns.get(field);
        return column == null ? SheetCell.EMPTY : row.cell(column);
    }

    boolean has(ImportField field) {
        return columns.containsKey(field);
    }
}
