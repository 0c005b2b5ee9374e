package nl.tweespoor.initiative;

import nl.tweespoor.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row of an import: its row number, the column (a translation key), the refusal, and the sheet
 * it is on (a workbook's tab name; none for a .csv or when the import has not named it yet).
 */
public record RowProblem(
        int row,
        String fieldKey,
        DomainException error,
        @Nullable String sheet) {

    public RowProblem(int row, String fieldKey, DomainException error) {
        this(row, fieldKey, error, null);
    }

    /** The same problem placed on the named sheet, unless it already names one. */
    public RowProblem on(@Nullable String sheetName) {
        return sheet != null || sheetName == null ? this : new RowProblem(row, fieldKey, error, sheetName);
    }
}
