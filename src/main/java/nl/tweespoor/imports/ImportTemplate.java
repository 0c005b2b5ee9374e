package nl.tweespoor.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.Layer;
import nl.tweespoor.stage.Stage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx a user fills in: the track's columns in their language with one example row (reference VOORBEELD-1 /
 * EXAMPLE-1, which the import recognises and skips), a budget sheet with one example line, and a sheet with the
 * values each column allows (stages, layers, ambitions, departments, goals, the quarter notation, scores 1–5, the
 * budget columns). Small enough for POI's ordinary workbook.
 */
final class ImportTemplate {

    private ImportTemplate() {}

    static List<ImportField> columns(Track track) {
        var columns = new ArrayList<>(List.of(
                ImportField.REFERENCE,
                ImportField.TITLE,
                ImportField.DEPARTMENT,
                ImportField.STAGE,
                ImportField.OWNER,
                ImportField.START_QUARTER,
                ImportField.END_QUARTER));
        if (track == Track.STRATEGIC) {
            columns.addAll(List.of(
                    ImportField.LAYER,
                    ImportField.AMBITION,
                    ImportField.GOAL,
                    ImportField.JOURNEY,
                    ImportField.SPONSOR,
                    ImportField.TOOL,
                    ImportField.USE_CASE,
                    ImportField.COST,
                    ImportField.HYPOTHESIS,
                    ImportField.DESCRIPTION));
        } else {
            columns.addAll(List.of(
                    ImportField.AMBITION,
                    ImportField.GOAL,
                    ImportField.EXPLORES_PROGRAMME,
                    ImportField.JOURNEY,
                    ImportField.LEAD,
                    ImportField.PARTICIPANTS,
                    ImportField.TOOL,
                    ImportField.USE_CASE,
                    ImportField.COST,
                    ImportField.HOURS_SAVED,
                    ImportField.ADOPTION,
                    ImportField.SATISFACTION,
                    ImportField.HYPOTHESIS,
                    ImportField.LEARNINGS,
                    ImportField.DESCRIPTION));
        }
        return columns;
    }

    /** The example row's reference in every language: a row still carrying it is the example, and is skipped. */
    static Set<String> exampleReferences(BiFunction<String, Locale, String> translate, List<Locale> locales) {
        var references = new HashSet<String>();
        locales.forEach(locale -> references.add(ImportField.normalise(translate.apply(EXAMPLE_REFERENCE, locale))));
        return Set.copyOf(references);
    }

    static final String EXAMPLE_REFERENCE = "import.example.reference";

    /** The budget sheet's columns: the item by reference and title, the quarter, planned and actual. */
    static final List<ImportField> BUDGET_COLUMNS = List.of(
            ImportField.REFERENCE, ImportField.TITLE, ImportField.QUARTER, ImportField.PLANNED, ImportField.ACTUAL);

    static byte[] write(
            Track track,
            Locale locale,
            BiFunction<String, Locale, String> translate,
            String owner,
            List<String> departments,
            List<String> goals) {
        var t = (Function<String, String>) key -> translate.apply(key, locale);
        var columns = columns(track);
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = book.createFont();
            bold.setBold(true);
            var header = book.createCellStyle();
            header.setFont(bold);
            var sheet = book.createSheet(WorkbookUtil.createSafeSheetName(
                    t.apply(track == Track.STRATEGIC ? "menu.programmes" : "menu.experiments")));
            var head = sheet.createRow(0);
            var example = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                var field = columns.get(i);
                var cell = head.createCell(i);
                cell.setCellValue(header(track, field, t));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 22 * 256);
                var value = example(track, field, t, owner, departments);
                if (!value.isEmpty()) {
                    example.createCell(i).setCellValue(value);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 1, 0, columns.size() - 1));
            budgetSheet(book, header, track, t, owner, departments);

            var allowed = book.createSheet(WorkbookUtil.createSafeSheetName(t.apply("import.allowed-values")));
            allowed.setColumnWidth(0, 28 * 256);
            allowed.setColumnWidth(1, 90 * 256);
            int r = 0;
            var titles = allowed.createRow(r++);
            titles.createCell(0).setCellValue(t.apply("import.allowed-column"));
            titles.createCell(1).setCellValue(t.apply("import.allowed-values"));
            titles.getCell(0).setCellStyle(header);
            titles.getCell(1).setCellStyle(header);
            for (var line : List.of(
                    List.of(t.apply("import.allowed.example-row"), t.apply("import.allowed.example")),
                    List.of(header(track, ImportField.REFERENCE, t), t.apply("import.allowed.reference")),
                    List.of(t.apply("field.title"), t.apply("import.allowed.title")),
                    List.of(t.apply("field.department"), String.join(", ", departments)),
                    List.of(t.apply("field.stage"), labels(Stage.of(track), "stage.", t)),
                    List.of(header(track, ImportField.OWNER, t), t.apply("import.allowed.owner")),
                    List.of(
                            t.apply("field.start-quarter") + ", " + t.apply("field.end-quarter"),
                            t.apply("import.allowed.quarter")),
                    List.of(
                            t.apply("field.layer"),
                            track == Track.STRATEGIC
                                    ? labels(List.of(Layer.OPERATIONAL, Layer.STRATEGIC), "layer.", t)
                                    : t.apply("layer.PERSONAL_PRODUCTIVITY")),
                    List.of(t.apply("field.ambition"), labels(List.of(Ambition.values()), "ambition.", t)),
                    List.of(t.apply("field.goal"), goals.isEmpty() ? "—" : String.join(", ", goals)),
                    List.of(t.apply("field.cost"), t.apply("import.allowed.amount")),
                    List.of(t.apply("field.adoption"), t.apply("import.allowed.adoption")),
                    List.of(t.apply("field.satisfaction"), t.apply("import.allowed.score")),
                    List.of(t.apply("field.explores-programme"), t.apply("import.allowed.explores-programme")),
                    List.of(t.apply("budget.export.lines"), t.apply("import.allowed.budget-sheet")),
                    List.of(t.apply("budget.quarter"), t.apply("import.allowed.budget-quarter")),
                    List.of(t.apply("budget.planned"), t.apply("import.allowed.budget-planned")),
                    List.of(t.apply("budget.actual"), t.apply("import.allowed.budget-actual")))) {
                var row = allowed.createRow(r++);
                row.createCell(0).setCellValue(line.get(0));
                row.createCell(1).setCellValue(line.get(1));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second sheet: one example line on the example item, in the layout of the budget lines export. */
    private static void budgetSheet(
            XSSFWorkbook book,
            CellStyle header,
            Track track,
            Function<String, String> t,
            String owner,
            List<String> departments) {
        var sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.apply("budget.export.lines")));
        var head = sheet.createRow(0);
        var example = sheet.createRow(1);
        for (int i = 0; i < BUDGET_COLUMNS.size(); i++) {
            var field = BUDGET_COLUMNS.get(i);
            var cell = head.createCell(i);
            cell.setCellValue(t.apply(field.headerKey()));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 22 * 256);
            switch (field) {
                case QUARTER ->
                    example.createCell(i).setCellValue(exampleStart().toString());
                case PLANNED -> example.createCell(i).setCellValue(5000);
                case ACTUAL -> example.createCell(i).setCellValue(0);
                default -> example.createCell(i).setCellValue(example(track, field, t, owner, departments));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The example's first quarter: next year's first, inside the years the budget page offers. */
    private static Quarter exampleStart() {
        return new Quarter(Year.now().getValue() + 1, 1);
    }

    private static String header(Track track, ImportField field, Function<String, String> t) {
        if (field == ImportField.OWNER && track == Track.STRATEGIC) {
            return t.apply("field.programme-manager");
        }
        return t.apply(field.headerKey());
    }

    private static String example(
            Track track, ImportField field, Function<String, String> t, String owner, List<String> departments) {
        return switch (field) {
            case REFERENCE -> t.apply(EXAMPLE_REFERENCE);
            case TITLE -> t.apply(track == Track.STRATEGIC ? "import.example.programme" : "import.example.experiment");
            case DEPARTMENT -> departments.isEmpty() ? "" : departments.getFirst();
            case STAGE -> t.apply("stage." + Stage.initial(track).name());
            case OWNER -> owner;
            case START_QUARTER -> exampleStart().toString();
            case END_QUARTER -> exampleStart().plus(1).toString();
            case LAYER -> t.apply("layer.OPERATIONAL");
            case AMBITION -> t.apply("ambition.OPTIMISE");
            case COST -> "12500";
            case SATISFACTION -> "4";
            case PARTICIPANTS -> "12";
            default -> "";
        };
    }

    private static <E extends Enum<E>> String labels(List<E> values, String prefix, Function<String, String> t) {
        return String.join(
                ", ", values.stream().map(v -> t.apply(prefix + v.name())).toList());
    }
}
