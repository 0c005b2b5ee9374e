package nl.tweespoor.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.budget.ReserveRefusedException;
import nl.tweespoor.initiative.ImportOutcome;
import nl.tweespoor.initiative.RowProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Budget lines of an import saved one by one through the budget page's own save ({@link BudgetService#saveLines}):
 * the same permissions (leaders plan, owners or leaders enter actuals), the same amount rules, the reserve guard,
 * the version check and the same audit event per line. Runs inside the import's transaction, so a preview's lines
 * are rolled back with its items and a commit keeps them only when every row passed.
 */
@Component
class BudgetLineImport {

    private final BudgetService budgets;

    BudgetLineImport(BudgetService budgets) {
        this.budgets = budgets;
    }

    record Checked(List<ImportPreview.Line> lines, List<RowProblem> problems) {}

    /**
     * Checks the sheet's lines of the items that passed ({@code items}: their outcome by row); a line of an item
     * whose row has a problem is not checked. An amount the file leaves empty keeps what is stored (zero for a new
     * line); the version read here is what the commit will check.
     */
    Checked preview(BudgetSheet.Parsed sheet, Map<Integer, ImportOutcome.Row> items) {
        var updated = new HashSet<Long>();
        var quarters = new HashSet<String>();
        for (var line : sheet.lines()) {
            var item = items.get(line.itemRow());
            if (item != null && item.update()) {
                updated.add(item.id());
                quarters.add(line.quarter());
            }
        }
        var stored = budgets.storedLines(updated, quarters);
        var accepted = new ArrayList<ImportPreview.Line>();
        var problems = new ArrayList<RowProblem>();
        for (var line : sheet.lines()) {
            var item = items.get(line.itemRow());
            if (item == null) {
                continue;
            }
            var current = stored.getOrDefault(item.id(), List.of()).stream()
                    .filter(l -> l.quarter().equals(line.quarter()))
                    .findFirst()
                    .orElse(null);
            var edit = new LineEdit(
                    line.quarter(),
                    orStored(line.planned(), current == null ? null : current.planned()),
                    orStored(line.actual(), current == null ? null : current.actual()),
                    current == null ? 0 : current.version());
            var refused = save(item.id(), edit);
            if (refused == null) {
                accepted.add(new ImportPreview.Line(line.row(), line.itemRow(), edit));
            } else {
                problems.add(new RowProblem(line.row(), fieldOf(refused), refused, sheet.sheet()));
            }
        }
        return new Checked(accepted, problems);
    }

    /** Saves the previewed lines onto the items the commit wrote ({@code itemIds}: by row); the problems, if any. */
    List<RowProblem> commit(List<ImportPreview.Line> lines, Map<Integer, Long> itemIds, @Nullable String sheet) {
        var problems = new ArrayList<RowProblem>();
        for (var line : lines) {
            var id = itemIds.get(line.itemRow());
            if (id == null) {
                continue;
            }
            var refused = save(id, line.edit());
            if (refused != null) {
                problems.add(new RowProblem(line.row(), fieldOf(refused), refused, sheet));
            }
        }
        return problems;
    }

    private @Nullable DomainException save(long itemId, LineEdit edit) {
        try {
            budgets.saveLines(itemId, List.of(edit));
            return null;
        } catch (DomainException e) {
            return e;
        }
    }

    private static BigDecimal orStored(@Nullable BigDecimal given, @Nullable BigDecimal stored) {
        return given != null ? given : stored != null ? stored : BigDecimal.ZERO;
    }

    /** The budget column a refusal of the save is about. */
    static String fieldOf(DomainException e) {
        var key = e.messageKey();
        if (e instanceof ReserveRefusedException || key.equals("budget.only-leaders-plan")) {
            return ImportField.PLANNED.headerKey();
        }
        if (key.equals("budget.only-owner-actuals")) {
            return ImportField.ACTUAL.headerKey();
        }
        return ImportField.QUARTER.headerKey();
    }

    /** Items by the row they came from, for the commit. */
    static Map<Integer, Long> idsByRow(List<ImportOutcome.Row> rows) {
        var ids = new HashMap<Integer, Long>();
        rows.forEach(r -> ids.put(r.row(), r.id()));
        return ids;
    }

    static Map<Integer, ImportOutcome.Row> byRow(List<ImportOutcome.Row> rows) {
        var outcomes = new HashMap<Integer, ImportOutcome.Row>();
        rows.forEach(r -> outcomes.put(r.row(), r));
        return outcomes;
    }
}
