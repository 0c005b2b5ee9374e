package nl.tweespoor.imports;

import java.util.List;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.RowProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a file would do, checked and not written: per row whether it creates or updates (and the version an update
 * read, which the commit checks), every problem as row, column and refusal, and the counts. Kept by the view until
 * the user confirms; {@link ImportService#commit} writes exactly these rows.
 */
public record ImportPreview(
        Track track, String fileName, List<Row> rows, List<RowProblem> problems, List<ImportedItem> items) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        items = List.copyOf(items);
    }

    public enum Action {
        CREATE,
        UPDATE,
        ERROR
    }

    /** One row of the file as the preview grid shows it. */
    public record Row(
            int row, String title, Action action, @Nullable Long itemId) {}

    public long creates() {
        return rows.stream().filter(r -> r.action() == Action.CREATE).count();
    }

    public long updates() {
        return rows.stream().filter(r -> r.action() == Action.UPDATE).count();
    }

    public long rowsWithProblems() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    public boolean mayCommit() {
        return problems.isEmpty() && !items.isEmpty();
    }
}
