package nl.tweespoor.imports;

import java.util.List;
import nl.tweespoor.initiative.ImportOutcome;
import nl.tweespoor.initiative.RowProblem;

/** What a commit did: the items made and updated, or — nothing written — the problems that stopped it. */
public record ImportResult(boolean written, List<ImportOutcome.Row> rows, List<RowProblem> problems) {

    public ImportResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
