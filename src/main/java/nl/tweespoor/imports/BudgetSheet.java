package nl.tweespoor.imports;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.PlanningHorizon;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.budget.Amounts;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.RowProblem;
import org.jspecify.annotations.Nullable;

/**
 * The budget sheet of a workbook: one row per item and quarter with the planned and actual amounts, the layout of the
 * budget lines export. A row names its item as the items sheet does — by Id, reference or title, tried in that order
 * — so an export of the lines comes back onto the items the same file creates. What a cell cannot say (no such item,
 * no quarter, a quarter outside the years the budget page offers, a quarter twice, an amount that is no amount) is a
 * problem on this sheet; the rest is checked by the budget service's own save.
 */
final class BudgetSheet {

    /** One budget row: its item's row on the items sheet, the quarter, and the amounts (none: keep what is stored). */
    record Line(
            int row,
            int itemRow,
            String quarter,
            @Nullable BigDecimal planned,
            @Nullable BigDecimal actual) {}

    record Parsed(@Nullable String sheet, List<Line> lines, List<RowProblem> problems) {

        static final Parsed NONE = new Parsed(null, List.of(), List.of());
    }

    private final String name;
    private final SheetTable table;
    private final boolean decimalComma;
    private final List<Integer> years;
    private final List<Line> lines = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private BudgetSheet(String name, SheetTable table, boolean decimalComma, Year thisYear) {
        this.name = name;
        this.table = table;
        this.decimalComma = decimalComma;
        this.years = PlanningHorizon.budgetYears(thisYear);
    }

    /**
     * The first further sheet whose header names a quarter and an amount column and a way to name the item, read
     * against the items sheet's rows; {@link Parsed#NONE} when the workbook has none.
     */
    static Parsed read(
            List<SpreadsheetFiles.Sheet> sheets,
            Map<String, ImportField> headers,
            List<ImportedItem> items,
            Set<String> exampleReferences,
            Year thisYear) {
        for (var sheet : sheets) {
            SheetTable table;
            try {
                table = SheetTable.of(sheet.rows(), headers);
            } catch (FileRefusedException e) {
                continue; // a sheet without a header of ours: notes, the allowed values
            }
            if (table.has(ImportField.QUARTER)
                    && (table.has(ImportField.PLANNED) || table.has(ImportField.ACTUAL))
                    && (table.has(ImportField.ID)
                            || table.has(ImportField.REFERENCE)
                            || table.has(ImportField.TITLE))) {
                return new BudgetSheet(sheet.name(), table, false, thisYear).parse(items, exampleReferences);
            }
        }
        return Parsed.NONE;
    }

    private Parsed parse(List<ImportedItem> items, Set<String> exampleReferences) {
        var match = new ItemMatch(items);
        var seen = new HashSet<String>();
        for (var row : table.rows()) {
            var reference = CellValues.text(table.cell(row, ImportField.REFERENCE));
            if (reference != null && exampleReferences.contains(ImportField.normalise(reference))) {
                continue; // the template's example line, as the example item: left out
            }
            int before = problems.size();
            var itemRow = match.rowOf(row);
            var quarter = quarter(row);
            var planned = amount(row, ImportField.PLANNED);
            var actual = amount(row, ImportField.ACTUAL);
            if (itemRow != null && quarter != null && !seen.add(itemRow + " " + quarter)) {
                problem(row, ImportField.QUARTER, new InvalidInputException("import.budget-quarter-twice", quarter));
            }
            if (problems.size() == before && itemRow != null && quarter != null) {
                lines.add(new Line(row.number(), itemRow, quarter, planned, actual));
            }
        }
        return new Parsed(name, lines, problems);
    }

    private @Nullable String quarter(SheetRow row) {
        try {
            var quarter = CellValues.quarter(table.cell(row, ImportField.QUARTER));
            if (quarter == null) {
                throw new InvalidInputException("import.budget-quarter-required");
            }
            int year = Quarter.parse(quarter).year();
            if (!years.contains(year)) {
                throw new InvalidInputException(
                        "import.budget-quarter-outside", quarter, years.getFirst(), years.getLast());
            }
            return quarter;
        } catch (DomainException e) {
            problem(row, ImportField.QUARTER, e);
            return null;
        }
    }

    private @Nullable BigDecimal amount(SheetRow row, ImportField field) {
        try {
            var amount = CellValues.number(table.cell(row, field), decimalComma, false);
            return amount == null ? null : Amounts.check(amount);
        } catch (DomainException e) {
            problem(row, field, e);
            return null;
        }
    }

    private void problem(SheetRow row, ImportField field, DomainException error) {
        problems.add(new RowProblem(row.number(), field.headerKey(), error, name));
    }

    /** The items sheet's rows by Id, reference and title, to find the row a budget line is about. */
    private final class ItemMatch {
        private final Map<Long, Integer> byId = new HashMap<>();
        private final Map<String, Integer> byReference = new HashMap<>();
        private final Map<String, List<Integer>> byTitle = new HashMap<>();

        ItemMatch(List<ImportedItem> items) {
            for (var item : items) {
                if (item.id() != null) {
                    byId.putIfAbsent(item.id(), item.row());
                }
                if (item.reference() != null) {
                    byReference.putIfAbsent(ImportRepository.key(item.reference()), item.row());
                }
                var title = item.draft().title();
                if (!title.isBlank()) {
                    byTitle.computeIfAbsent(ImportRepository.key(title), k -> new ArrayList<>())
                            .add(item.row());
                }
            }
        }

        @Nullable Integer rowOf(SheetRow row) {
            Long id;
            try {
                var number = CellValues.integer(table.cell(row, ImportField.ID), decimalComma);
                id = number == null ? null : number.longValue();
            } catch (DomainException e) {
                problem(row, ImportField.ID, e);
                return null;
            }
            var reference = CellValues.text(table.cell(row, ImportField.REFERENCE));
            var title = CellValues.text(table.cell(row, ImportField.TITLE));
            if (id != null && byId.containsKey(id)) {
                return byId.get(id);
            }
            if (reference != null && byReference.containsKey(ImportRepository.key(reference))) {
                return byReference.get(ImportRepository.key(reference));
            }
            var titled = title == null ? null : byTitle.get(ImportRepository.key(title));
            if (titled != null && titled.size() == 1) {
                return titled.getFirst();
            }
            if (titled != null && title != null) {
                problem(row, ImportField.TITLE, new InvalidInputException("import.ambiguous-name", title));
            } else if (id != null) {
                problem(
                        row,
                        ImportField.ID,
                        new InvalidInputException("import.budget-unknown-item", String.valueOf(id)));
            } else if (reference != null) {
                problem(row, ImportField.REFERENCE, new InvalidInputException("import.budget-unknown-item", reference));
            } else if (title != null) {
                problem(row, ImportField.TITLE, new InvalidInputException("import.budget-unknown-item", title));
            } else {
                problem(row, ImportField.TITLE, new InvalidInputException("import.budget-no-item"));
            }
            return null;
        }
    }
}
