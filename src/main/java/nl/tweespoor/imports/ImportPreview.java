package nl.tweespoor.imports;

import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.RowProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a file would do, checked and not written: per row whether it creates or updates (and the version an update
 * read, which the commit checks), the budget lines it saves, every problem as sheet, row, column and refusal, and the
 * counts. Kept by the view until the user confirms; {@link ImportService#commit} writes exactly these rows and lines.
 */
public record ImportPreview(
        Track track,
        String fileName,
        List<Row> rows,
        List<RowProblem> problems,
        List<ImportedItem> items,
        List<Line> lines,
        @Nullable String budgetSheet) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    public enum Action {
        CREATE,
        UPDATE,
        ERROR,
        /** The template's example row, left as downloaded: skipped. */
        EXAMPLE
    }

    /** One row of the file as the preview grid shows it. */
    public record Row(
            int row, String title, Action action, @Nullable Long itemId) {}

    /** One budget line as checked: its row on the budget sheet, its item's row on the items sheet, what it saves. */
    public record Line(int row, int itemRow, LineEdit edit) {}

    public long creates() {
        return rows.stream().filter(r -> r.action() == Action.CREATE).count();
    }

    public long updates() {
        return rows.stream().filter(r -> r.action() == Action.UPDATE).count();
    }

    public long examples() {
        return rows.stream().filter(r -> r.action() == Action.EXAMPLE).count();
    }

    public long rowsWithProblems() {
        return problems.stream().map(p -> p.sheet() + "/" + p.row()).distinct().count();
    }

    public boolean mayCommit() {
        return problems.isEmpty() && !items.isEmpty();
    }
}
