package nl.tweespoor.governance;

import static nl.tweespoor.export.Column.integer;
import static nl.tweespoor.export.Column.label;
import static nl.tweespoor.export.Column.text;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.export.CellType;
import nl.tweespoor.export.Column;
import nl.tweespoor.export.Layout;
import org.jspecify.annotations.Nullable;

/**
 * The principles matrix as a spreadsheet: one row per item, one column per active principle (headed by its code and
 * title) holding the item's result in the reader's language — Meets, Gap, Not applicable or Not assessed yet.
 */
final class MatrixExport {

    private MatrixExport() {}

    /** The columns for these principles, in the order the matrix shows them. */
    static Layout<MatrixRow> layout(List<Principle> principles) {
        var columns = new ArrayList<Column<MatrixRow>>();
        columns.add(integer("review.item-id", MatrixRow::id));
        columns.add(label("budget.track", row -> "track." + row.track().name()));
        columns.add(text("field.title", MatrixRow::title));
        columns.add(text("field.department", MatrixRow::department));
        columns.add(label("field.stage", row -> "stage." + row.stage().name()));
        for (var principle : principles) {
            long id = principle.id();
            columns.add(Column.titled(
                    principle.code() + " " + principle.title(), CellType.LABEL, row -> resultKey(row.resultFor(id))));
        }
        return new Layout<>("principle.export.sheet", columns);
    }

    private static String resultKey(@Nullable AssessmentResult result) {
        return result == null ? "assessment.unassessed" : "assessment." + result.name();
    }
}
