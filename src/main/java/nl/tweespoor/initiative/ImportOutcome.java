package nl.tweespoor.initiative;

import java.util.List;

/**
 * What an import did or would do: per row whether it creates or updates which item (and the version an update read),
 * the problems found, and whether anything was written (only a commit without a single problem writes).
 */
public record ImportOutcome(List<Row> rows, List<RowProblem> problems, boolean written) {

    public ImportOutcome {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** One row that passed every rule: {@code id} is the item it made or updated (a preview's new id is undone). */
    public record Row(int row, boolean update, long id, int versionRead) {}

    public long creates() {
        return rows.stream().filter(r -> !r.update()).count();
    }

    public long updates() {
        return rows.stream().filter(Row::update).count();
    }
}
