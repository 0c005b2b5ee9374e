package nl.tweespoor.imports;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.BudgetLine;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.initiative.InitiativeFilter;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.RowProblem;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 14, budget lines in the import: a workbook's budget sheet (one row per item and quarter) is checked line by
 * line through the budget page's own save — amounts, years, who plans and who enters actuals, the reserve guard —
 * and written with the items in one transaction, each line audited as the budget page audits it; a budget lines
 * export comes back onto a fresh set of items. Not @Transactional: the preview's rollback and the commit must be seen
 * as the database keeps them; each test uses titles of its own and the redesign ambition (outside the reserve) unless
 * it tests the reserve, in a year no other test plans in.
 */
class ImportBudgetTest extends DatabaseTest {

    static final int NEXT_YEAR = Year.now().getValue() + 1;
    static final List<Object> ITEMS_HEADER = List.of("Referentie", "Titel", "Afdeling", "Ambitie");
    static final List<Object> LINES_HEADER = List.of("Referentie", "Titel", "Kwartaal", "Gepland", "Werkelijk");

    @Autowired
    ImportService imports;

    @Autowired
    BudgetService budgets;

    @Autowired
    ReserveService reserves;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("leader")
    void a_leader_imports_items_with_their_budget_lines_all_in_one_transaction_each_line_audited() {
        int linesBefore = db.fetchCount(BUDGET_LINE);
        var file = workbook(Map.of(
                "Experimenten",
                List.of(
                        ITEMS_HEADER,
                        List.of("BUD-1", "Budget: brieven", "IT", "Herontwerpen"),
                        List.of("BUD-2", "Budget: notulen", "IT", "Herontwerpen")),
                "Budgetregels",
                List.of(
                        LINES_HEADER,
                        List.of("BUD-1", "", NEXT_YEAR + "-Q1", 1500, 200.5),
                        List.of("BUD-1", "", "Q2 " + NEXT_YEAR, "1.234,50", ""),
                        List.of("", "Budget: notulen", NEXT_YEAR + "-Q3", 800, 0))));

        var preview = imports.preview(Track.PERSONAL, "begroting.xlsx", file);

        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.lines()).hasSize(3);
        assertThat(preview.creates()).isEqualTo(2);
        assertThat(db.fetchCount(BUDGET_LINE)).as("a preview writes nothing").isEqualTo(linesBefore);

        var result = imports.commit(preview);

        assertThat(result.written()).as(result.problems().toString()).isTrue();
        long first = result.rows().get(0).id();
        long second = result.rows().get(1).id();
        assertThat(budgets.storedLines(List.of(first, second), quarters()))
                .hasEntrySatisfying(
                        first,
                        lines -> assertThat(lines)
                                .extracting(
                                        BudgetLine::quarter,
                                        l -> l.planned().toPlainString(),
                                        l -> l.actual().toPlainString())
                                .containsExactlyInAnyOrder(
                                        tuple(NEXT_YEAR + "-Q1", "1500.00", "200.50"),
                                        tuple(NEXT_YEAR + "-Q2", "1234.50", "0.00")))
                .hasEntrySatisfying(
                        second,
                        lines -> assertThat(lines)
                                .singleElement()
                                .satisfies(l -> assertThat(l.planned()).isEqualByComparingTo("800")));
        assertThat(db.fetchCount(
                        AUDIT_EVENT,
                        AUDIT_EVENT.KIND.eq("BUDGET_LINE_SAVED").and(AUDIT_EVENT.INITIATIVE_ID.in(first, second))))
                .as("each line audited as the budget page audits it")
                .isEqualTo(3);
    }

    @Test
    @WithUserDetails("leader")
    void each_bad_budget_line_is_named_by_sheet_row_and_column_and_nothing_is_written() {
        int itemsBefore = db.fetchCount(INITIATIVE);
        int thisYear = Year.now().getValue();
        var file = workbook(Map.of(
                "Experimenten",
                List.of(ITEMS_HEADER, List.of("BUD-10", "Budget: fouten", "IT", "Herontwerpen")),
                "Budgetregels",
                List.of(
                        LINES_HEADER,
                        List.of("BUD-10", "", NEXT_YEAR + "-Q1", -5, 0),
                        List.of("BUD-10", "", (thisYear + 5) + "-Q1", 10, 0),
                        List.of("BUD-99", "", NEXT_YEAR + "-Q2", 10, 0),
                        List.of("BUD-10", "", NEXT_YEAR + "-Q3", 10, "veel"),
                        List.of("BUD-10", "", "", 10, 0),
                        List.of("BUD-10", "", NEXT_YEAR + "-Q4", 10, 0),
                        List.of("BUD-10", "", NEXT_YEAR + "-Q4", 20, 0))));

        var preview = imports.preview(Track.PERSONAL, "begroting.xlsx", file);

        assertThat(preview.problems())
                .as(problems(preview))
                .extracting(
                        RowProblem::sheet,
                        RowProblem::row,
                        RowProblem::fieldKey,
                        p -> p.error().messageKey())
                .containsExactly(
                        tuple("Budgetregels", 2, "budget.planned", "validation.not-negative"),
                        tuple("Budgetregels", 3, "budget.quarter", "import.budget-quarter-outside"),
                        tuple("Budgetregels", 4, "field.reference", "import.budget-unknown-item"),
                        tuple("Budgetregels", 5, "budget.actual", "import.not-a-number"),
                        tuple("Budgetregels", 6, "budget.quarter", "import.budget-quarter-required"),
                        tuple("Budgetregels", 8, "budget.quarter", "import.budget-quarter-twice"));
        assertThat(new Translations()
                        .getTranslation(
                                "import.budget-quarter-outside",
                                Translations.DUTCH,
                                preview.problems().get(1).error().arguments()))
                .isEqualTo("Kwartaal " + (thisYear + 5) + "-Q1 ligt buiten de jaren van de budgetpagina ("
                        + (thisYear - 1) + " tot en met " + (thisYear + 2) + ").");
        assertThat(preview.mayCommit()).isFalse();
        assertThat(db.fetchCount(INITIATIVE)).isEqualTo(itemsBefore);
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_enters_actuals_on_own_items_but_may_not_plan() {
        var file = workbook(Map.of(
                "Experimenten",
                List.of(ITEMS_HEADER, List.of("BUD-20", "Budget: van de manager", "IT", "Herontwerpen")),
                "Budgetregels",
                List.of(
                        LINES_HEADER,
                        List.of("BUD-20", "", NEXT_YEAR + "-Q1", "", 300),
                        List.of("BUD-20", "", NEXT_YEAR + "-Q2", 900, ""))));

        var preview = imports.preview(Track.PERSONAL, "begroting.xlsx", file);

        assertThat(preview.problems()).as(problems(preview)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.fieldKey()).isEqualTo("budget.planned");
            assertThat(p.error().messageKey()).isEqualTo("budget.only-leaders-plan");
        });
        assertThat(preview.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.edit().actual()).isEqualByComparingTo("300"));
    }

    @Test
    @WithUserDetails("leader")
    void a_plan_past_the_redesign_reserve_is_refused_in_the_preview_as_on_the_budget_page() {
        int year = Year.now().getValue() + 2;
        budgets.setEnvelope(
                Track.STRATEGIC, year, new BigDecimal("8000"), budgets.envelopeVersion(Track.STRATEGIC, year));
        budgets.setEnvelope(
                Track.PERSONAL, year, new BigDecimal("2000"), budgets.envelopeVersion(Track.PERSONAL, year));
        reserves.setReserve(year, new BigDecimal("3000"), reserves.reserve(year).version());
        var room = reserves.reserve(year)
                .envelopes()
                .subtract(new BigDecimal("3000"))
                .subtract(reserves.reserve(year).optimisePlanned())
                .max(BigDecimal.ZERO);
        var file = workbook(Map.of(
                "Experimenten",
                List.of(ITEMS_HEADER, List.of("BUD-30", "Budget: optimaliseren", "IT", "Optimaliseren")),
                "Budgetregels",
                List.of(LINES_HEADER, List.of("BUD-30", "", year + "-Q1", room.add(BigDecimal.ONE), 0))));

        var preview = imports.preview(Track.PERSONAL, "begroting.xlsx", file);

        assertThat(preview.problems()).as(problems(preview)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Budgetregels");
            assertThat(p.fieldKey()).isEqualTo("budget.planned");
            assertThat(p.error().messageKey()).isEqualTo("reserve.refused");
        });
    }

    @Test
    @WithUserDetails("leader")
    void a_budget_line_changed_after_the_preview_stops_the_whole_commit() {
        var file = workbook(Map.of(
                "Experimenten",
                List.of(ITEMS_HEADER, List.of("BUD-40", "Budget: tweemaal", "IT", "Herontwerpen")),
                "Budgetregels",
                List.of(LINES_HEADER, List.of("BUD-40", "", NEXT_YEAR + "-Q1", 100, 0))));
        long id = imports.commit(imports.preview(Track.PERSONAL, "begroting.xlsx", file))
                .rows()
                .getFirst()
                .id();
        var again = imports.preview(
                Track.PERSONAL,
                "begroting.xlsx",
                workbook(Map.of(
                        "Experimenten",
                        List.of(List.of("Referentie", "Titel"), List.of("BUD-40", "Budget: tweemaal")),
                        "Budgetregels",
                        List.of(LINES_HEADER, List.of("BUD-40", "", NEXT_YEAR + "-Q1", "", 40)))));
        assertThat(again.updates()).isEqualTo(1);
        assertThat(again.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.edit().planned())
                        .as("an empty cell keeps what is stored")
                        .isEqualByComparingTo("100"));

        db.update(BUDGET_LINE)
                .set(BUDGET_LINE.VERSION, BUDGET_LINE.VERSION.plus(1))
                .where(BUDGET_LINE.INITIATIVE_ID.eq(id))
                .execute();
        var result = imports.commit(again);

        assertThat(result.written()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Budgetregels");
            assertThat(p.error().messageKey()).isEqualTo("error.concurrent-edit");
        });
        assertThat(budgets.storedLines(List.of(id), quarters()).get(id))
                .singleElement()
                .satisfies(l -> assertThat(l.actual()).isEqualByComparingTo("0"));
    }

    @Test
    @WithUserDetails("leader")
    void the_budget_lines_export_comes_back_onto_a_fresh_set_of_items_with_the_same_lines() throws IOException {
        var made = imports.commit(imports.preview(
                Track.PERSONAL,
                "origineel.xlsx",
                workbook(Map.of(
                        "Experimenten",
                        List.of(
                                ITEMS_HEADER,
                                List.of("RONDREIS-1", "Rondreis alfa", "IT", "Herontwerpen"),
                                List.of("RONDREIS-2", "Rondreis beta", "Finance", "Herontwerpen")),
                        "Budgetregels",
                        List.of(
                                LINES_HEADER,
                                List.of("RONDREIS-1", "", NEXT_YEAR + "-Q1", 1000, 250.75),
                                List.of("RONDREIS-1", "", NEXT_YEAR + "-Q4", 99.99, 0),
                                List.of("RONDREIS-2", "", NEXT_YEAR + "-Q2", 12345.6, 12000))))));
        assertThat(made.written()).as(made.problems().toString()).isTrue();
        var originals =
                budgets.storedLines(made.rows().stream().map(r -> r.id()).toList(), quarters());

        // What a user does: the experiments export without its ids (as into another Tweespoor) and the rows of the
        // budget lines export that belong to those items, as two sheets of one workbook.
        var items = export(out -> initiatives.export(
                new InitiativeFilter(Track.PERSONAL, "Rondreis", null, null, null),
                ExportFormat.XLSX,
                Translations.DUTCH,
                out));
        var lines = export(out -> budgets.exportLines(NEXT_YEAR, ExportFormat.XLSX, Translations.DUTCH, out));
        var file = new LinkedHashMap<String, List<List<Object>>>();
        file.put("Experimenten", rows(items, 1, row -> true));
        file.put(
                "Budgetregels", rows(lines, 0, row -> String.valueOf(row.get(1)).startsWith("Rondreis")));
        assertThat(file.get("Budgetregels")).hasSize(4);

        var preview = imports.preview(Track.PERSONAL, "kopie.xlsx", workbook(file));
        assertThat(preview.problems()).as(problems(preview)).isEmpty();
        assertThat(preview.creates()).as("no ids: new items").isEqualTo(2);
        var copied = imports.commit(preview);

        assertThat(copied.written()).isTrue();
        var copies = budgets.storedLines(copied.rows().stream().map(r -> r.id()).toList(), quarters());
        for (int i = 0; i < 2; i++) {
            var original = originals.get(made.rows().get(i).id());
            var copy = copies.get(copied.rows().get(i).id());
            assertThat(copy)
                    .extracting(BudgetLine::quarter, BudgetLine::planned, BudgetLine::actual)
                    .containsExactlyInAnyOrderElementsOf(original.stream()
                            .map(l -> tuple(l.quarter(), l.planned(), l.actual()))
                            .toList());
        }
    }

    private static List<String> quarters() {
        return IntStream.rangeClosed(1, 4).mapToObj(q -> NEXT_YEAR + "-Q" + q).toList();
    }

    private interface Export {
        void to(ByteArrayOutputStream out);
    }

    private static byte[] export(Export export) {
        var out = new ByteArrayOutputStream();
        export.to(out);
        return out.toByteArray();
    }

    /** The first sheet's rows as values, without the first {@code skipColumns}, header and the rows that pass. */
    private static List<List<Object>> rows(
            byte[] xlsx, int skipColumns, java.util.function.Predicate<List<Object>> keep) throws IOException {
        try (var book = ExportFiles.xlsx(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            var rows = new ArrayList<List<Object>>();
            for (var row : sheet) {
                var values = new ArrayList<Object>();
                for (int c = skipColumns; c < row.getLastCellNum(); c++) {
                    values.add(value(row.getCell(c)));
                }
                if (rows.isEmpty() || keep.test(values)) {
                    rows.add(values);
                }
            }
            return rows;
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue();
    }

    /** A workbook with the given sheets in order; numbers become number cells, everything else text. */
    static byte[] workbook(Map<String, List<List<Object>>> sheets) {
        var ordered = new LinkedHashMap<String, List<List<Object>>>();
        // Map.of has no order: the items sheet first, whatever its name.
        sheets.entrySet().stream()
                .sorted((a, b) -> Boolean.compare(
                        a.getKey().startsWith("Budget"), b.getKey().startsWith("Budget")))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            ordered.forEach((name, rows) -> {
                var sheet = book.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    var row = sheet.createRow(r);
                    var values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        var value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (!String.valueOf(value).isEmpty()) {
                            row.createCell(c).setCellValue(String.valueOf(value));
                        }
                    }
                }
            });
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String problems(ImportPreview preview) {
        return preview.problems().stream()
                .map(p -> p.sheet() + " " + p.row() + " " + p.fieldKey() + " "
                        + p.error().getMessage())
                .limit(10)
                .toList()
                .toString();
    }
}
