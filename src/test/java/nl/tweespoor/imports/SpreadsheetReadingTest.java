package nl.tweespoor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.initiative.Ambition;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.InitiativeDraft;
import nl.tweespoor.initiative.Layer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Issue 14: workbooks and csv files made by other programs are read as their makers meant; bad files are refused. */
class SpreadsheetReadingTest {

    static final Translations TRANSLATIONS = new Translations();
    static final java.util.Map<String, ImportField> HEADERS =
            ImportField.headers((key, locale) -> TRANSLATIONS.getTranslation(key, locale), TRANSLATIONS.locales());

    @Test
    void a_hand_made_dutch_workbook_with_a_title_row_and_merged_headers_reads_under_the_right_columns()
            throws IOException {
        var read = SpreadsheetFiles.read("portfolio.xlsx", resource("hand-made-nl.xlsx"));
        var table = SheetTable.of(read.rows(), HEADERS);

        assertThat(table.columns()).containsAllEntriesOf(PORTFOLIO_COLUMNS).containsEntry(ImportField.LEAD, 7);
        assertThat(table.rows()).as("the five empty trailing rows are left out").hasSize(3);
        var first = table.rows().get(0);
        assertThat(first.number())
                .as("row numbers as the spreadsheet shows them")
                .isEqualTo(4);
        assertThat(CellValues.text(table.cell(first, ImportField.TITLE))).isEqualTo("Samenvatten van klantbrieven");
        assertThat(quarter(table, first, ImportField.START_QUARTER))
                .as("a date serial")
                .isEqualTo("2027-Q1");
        assertThat(quarter(table, first, ImportField.END_QUARTER))
                .as("a date as dd-mm-yyyy text")
                .isEqualTo("2027-Q2");
        assertThat(number(table, first, ImportField.COST))
                .as("Dutch number text")
                .isEqualByComparingTo("1234.50");
        assertThat(percent(table, first, ImportField.ADOPTION))
                .as("a percentage cell as percentage points")
                .isEqualByComparingTo("45");
        assertThat(number(table, first, ImportField.SATISFACTION)).isEqualByComparingTo("4.5");

        var second = table.rows().get(1);
        assertThat(quarter(table, second, ImportField.START_QUARTER))
                .as("a date as yyyy-mm-dd text")
                .isEqualTo("2027-Q3");
        assertThat(number(table, second, ImportField.COST))
                .as("a formula's cached value, never evaluated")
                .isEqualByComparingTo("2500");
        assertThat(percent(table, second, ImportField.ADOPTION)).isEqualByComparingTo("30");

        var third = table.rows().get(2);
        assertThat(CellValues.text(table.cell(third, ImportField.TITLE)))
                .as("text that looks like a formula stays text")
                .isEqualTo("=HYPERLINK(\"http://example.org\")");
        assertThat(quarter(table, third, ImportField.END_QUARTER)).isEqualTo("2027-Q3");
    }

    /**
     * exceljs-en.xlsx was written by exceljs 4, a JavaScript library (its script, exceljs-en.mjs, lies beside it):
     * English headers under a merged title row, one header merged down, a date cell and a date as text, a euro cell,
     * percentage cells, English thousands text, a formula with exceljs's cached result, a title in rich text, and
     * styled empty trailing rows.
     */
    @Test
    void a_workbook_written_by_another_library_reads_as_its_maker_meant() throws IOException {
        var read = SpreadsheetFiles.read("portfolio.xlsx", resource("exceljs-en.xlsx"));
        var table = SheetTable.of(read.rows(), HEADERS);

        assertThat(table.columns())
                .containsAllEntriesOf(PORTFOLIO_COLUMNS)
                .containsEntry(ImportField.LEAD, 7)
                .containsEntry(ImportField.AMBITION, 8);
        assertThat(table.rows()).as("the styled empty rows are left out").hasSize(3);
        var first = table.rows().get(0);
        assertThat(first.number()).isEqualTo(4);
        assertThat(CellValues.text(table.cell(first, ImportField.TITLE)))
                .as("rich text runs joined")
                .isEqualTo("Summarising claim letters");
        assertThat(quarter(table, first, ImportField.START_QUARTER)).isEqualTo("2027-Q1");
        assertThat(quarter(table, first, ImportField.END_QUARTER))
                .as("a date as ISO text")
                .isEqualTo("2027-Q2");
        assertThat(number(table, first, ImportField.COST)).isEqualByComparingTo("1234.5");
        assertThat(percent(table, first, ImportField.ADOPTION))
                .as("a percentage cell holding 0.45")
                .isEqualByComparingTo("45");
        var second = table.rows().get(1);
        assertThat(number(table, second, ImportField.COST))
                .as("the formula's cached result")
                .isEqualByComparingTo("2500");
        assertThat(quarter(table, second, ImportField.END_QUARTER)).isEqualTo("2027-Q4");
        assertThat(number(table, second, ImportField.SATISFACTION))
                .as("a number stored as text")
                .isEqualByComparingTo("3");
        var third = table.rows().get(2);
        assertThat(quarter(table, third, ImportField.START_QUARTER)).isEqualTo("2027-Q2");
        assertThat(quarter(table, third, ImportField.END_QUARTER)).isEqualTo("2027-Q4");
        assertThat(number(table, third, ImportField.COST))
                .as("English thousands in text")
                .isEqualByComparingTo("12000.75");
        assertThat(percent(table, third, ImportField.ADOPTION)).isEqualByComparingTo("60");
    }

    /**
     * calc-nl.xlsx was saved by LibreOffice Calc 7.4 itself ({@code soffice --headless --convert-to xlsx
     * calc-nl.fods}; the flat-ODS source lies beside it): a title row merged across, header cells merged down and
     * across, a date cell and dates as text, a euro cell, a percentage cell, Dutch number text, formulas with their
     * cached values, styled empty trailing rows, and a second sheet of budget lines.
     */
    @Test
    void a_workbook_saved_by_libreoffice_calc_reads_both_sheets_as_calc_shows_them() throws IOException {
        var read = SpreadsheetFiles.read("portfolio.xlsx", resource("calc-nl.xlsx"));
        var table = SheetTable.of(read.rows(), HEADERS);

        assertThat(read.sheetName()).isEqualTo("Portfolio");
        assertThat(table.columns()).containsAllEntriesOf(PORTFOLIO_COLUMNS).containsEntry(ImportField.AMBITION, 7);
        assertThat(table.rows()).as("Calc's styled empty rows are left out").hasSize(3);
        var first = table.rows().get(0);
        assertThat(first.number()).isEqualTo(4);
        assertThat(quarter(table, first, ImportField.START_QUARTER))
                .as("a date cell: Calc stores the serial")
                .isEqualTo("2027-Q1");
        assertThat(quarter(table, first, ImportField.END_QUARTER)).isEqualTo("2027-Q2");
        assertThat(number(table, first, ImportField.COST))
                .as("a euro cell shown as € 1.234,50")
                .isEqualByComparingTo("1234.50");
        assertThat(percent(table, first, ImportField.ADOPTION)).isEqualByComparingTo("45");
        assertThat(number(table, first, ImportField.SATISFACTION))
                .as("Dutch decimal text")
                .isEqualByComparingTo("4.5");
        var second = table.rows().get(1);
        assertThat(number(table, second, ImportField.COST))
                .as("a formula's cached value")
                .isEqualByComparingTo("2500");
        assertThat(quarter(table, second, ImportField.START_QUARTER)).isEqualTo("2027-Q3");
        assertThat(number(table, table.rows().get(2), ImportField.COST))
                .as("Dutch thousands in text")
                .isEqualByComparingTo("12000.75");

        assertThat(read.more()).extracting(SpreadsheetFiles.Sheet::name).containsExactly("Budgetregels");
        var budget = BudgetSheet.read(
                read.more(),
                HEADERS,
                List.of(item(4, "Calc: klantbrieven samenvatten"), item(5, "Calc: notuleren")),
                Set.of(),
                Year.of(2026));
        assertThat(budget.problems()).isEmpty();
        assertThat(budget.lines())
                .extracting(
                        BudgetSheet.Line::row,
                        BudgetSheet.Line::itemRow,
                        BudgetSheet.Line::quarter,
                        l -> plain(l.planned()),
                        l -> plain(l.actual()))
                .containsExactly(
                        tuple(2, 4, "2027-Q1", "1500", "200.5"),
                        tuple(3, 4, "2027-Q2", "1234.5", null),
                        tuple(4, 5, "2027-Q3", "800", "150"));
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** An items-sheet row with just a title, as the budget sheet looks it up. */
    private static ImportedItem item(int row, String title) {
        var draft = new InitiativeDraft(
                title,
                null,
                null,
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return new ImportedItem(row, null, null, draft, Set.of("title"), null, null, null);
    }

    @Test
    void an_excel_csv_in_dutch_has_a_bom_semicolons_decimal_commas_and_our_apostrophes_taken_off() throws IOException {
        var read = SpreadsheetFiles.read("portfolio.csv", resource("excel-nl.csv"));
        var table = SheetTable.of(read.rows(), HEADERS);

        assertThat(read.decimalComma()).isTrue();
        assertThat(table.has(ImportField.TITLE))
                .as("the header after the byte order mark")
                .isTrue();
        assertThat(table.rows()).hasSize(2);
        var first = table.rows().get(0);
        assertThat(CellValues.text(table.cell(first, ImportField.TITLE))).isEqualTo("Klantbrieven; samenvatten");
        assertThat(quarter(table, first, ImportField.START_QUARTER)).isEqualTo("2027-Q1");
        assertThat(CellValues.number(table.cell(first, ImportField.COST), true, false))
                .isEqualByComparingTo("1234.50");
        assertThat(CellValues.number(table.cell(first, ImportField.ADOPTION), true, true))
                .isEqualByComparingTo("45");
        assertThat(CellValues.text(table.cell(first, ImportField.LEAD)))
                .as("the neutraliser's apostrophe comes off")
                .isEqualTo("=Noor");
        assertThat(CellValues.number(table.cell(table.rows().get(1), ImportField.COST), true, false))
                .as("a dot groups thousands in a Dutch file")
                .isEqualByComparingTo("12000");
    }

    @Test
    void an_english_csv_without_a_bom_uses_commas_and_decimal_points() throws IOException {
        var read = SpreadsheetFiles.read("portfolio.csv", resource("sheets-en.csv"));
        var table = SheetTable.of(read.rows(), HEADERS);

        assertThat(read.decimalComma()).isFalse();
        var row = table.rows().getFirst();
        assertThat(CellValues.text(table.cell(row, ImportField.DEPARTMENT))).isEqualTo("Customer contact");
        assertThat(quarter(table, row, ImportField.START_QUARTER)).isEqualTo("2027-Q1");
        assertThat(quarter(table, row, ImportField.END_QUARTER)).isEqualTo("2027-Q2");
        assertThat(number(table, row, ImportField.COST)).isEqualByComparingTo("1234.50");
    }

    @Test
    void headers_match_in_either_language_whatever_the_case_accents_and_brackets() {
        assertThat(HEADERS.get(ImportField.normalise("TITEL"))).isEqualTo(ImportField.TITLE);
        assertThat(HEADERS.get(ImportField.normalise("Programme manager"))).isEqualTo(ImportField.OWNER);
        assertThat(HEADERS.get(ImportField.normalise("programmamanager"))).isEqualTo(ImportField.OWNER);
        assertThat(HEADERS.get(ImportField.normalise("Tevredenheid"))).isEqualTo(ImportField.SATISFACTION);
        assertThat(HEADERS.get(ImportField.normalise("Satisfaction (1–5)"))).isEqualTo(ImportField.SATISFACTION);
        assertThat(HEADERS.get(ImportField.normalise("Référence"))).isEqualTo(ImportField.REFERENCE);
    }

    @Test
    void numbers_are_read_in_dutch_and_english_notation_and_nonsense_is_named() {
        assertThat(number("1.234,50", false)).isEqualByComparingTo("1234.50");
        assertThat(number("1,234.50", true)).isEqualByComparingTo("1234.50");
        assertThat(number("€ 2.500", true)).isEqualByComparingTo("2500");
        assertThat(number("2,5", false)).isEqualByComparingTo("2.5");
        assertThat(number("1,234", false)).isEqualByComparingTo("1234");
        assertThat(number("1.5", true)).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> number("veel", true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.not-a-number"));
        assertThatThrownBy(() -> CellValues.quarter(SheetCell.text("volgend jaar")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.quarter-format"));
    }

    @Test
    void a_file_over_ten_megabytes_is_refused() {
        assertRefused("big.csv", new byte[SpreadsheetFiles.MAX_BYTES + 1], "import.too-large");
    }

    @Test
    void more_than_twenty_thousand_rows_are_refused() {
        var csv = new StringBuilder("Titel;Afdeling\n");
        for (int i = 0; i <= SpreadsheetFiles.MAX_ROWS + SheetTable.HEADER_SEARCH; i++) {
            csv.append("Item ").append(i).append(";Klantcontact\n");
        }
        assertRefused("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "import.too-many-rows");
    }

    @Test
    void a_pdf_and_an_old_xls_are_the_wrong_file_type() throws IOException {
        assertRefused("report.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "import.wrong-type");
        try (var book = new HSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            book.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Titel");
            book.write(out);
            assertRefused("old.xls", out.toByteArray(), "import.wrong-type");
        }
    }

    @Test
    void a_workbook_with_a_password_is_refused_as_encrypted() throws Exception {
        var fs = new POIFSFileSystem();
        var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("geheim");
        try (var book = new XSSFWorkbook();
                var os = encryptor.getDataStream(fs)) {
            book.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Titel");
            book.write(os);
        }
        var out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();

        assertRefused("secret.xlsx", out.toByteArray(), "import.encrypted");
    }

    @Test
    void a_damaged_workbook_is_refused_as_corrupt() throws IOException {
        var good = resource("hand-made-nl.xlsx");
        var cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertRefused("damaged.xlsx", cut, "import.corrupt");
        assertRefused("text.xlsx", "Titel;Afdeling".getBytes(StandardCharsets.UTF_8), "import.corrupt");
    }

    @Test
    void a_workbook_that_unpacks_to_hundreds_of_times_its_size_is_refused_as_a_zip_bomb() throws IOException {
        var bomb = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(resource("hand-made-nl.xlsx")));
                var out = new ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    var xml = new String(content, StandardCharsets.UTF_8);
                    xml = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(30_000_000));
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(SpreadsheetFiles.MAX_BYTES);

        assertRefused("bomb.xlsx", bomb.toByteArray(), "import.zip-bomb");
    }

    @Test
    void a_csv_in_another_encoding_than_utf8_is_refused() {
        assertRefused(
                "latin.csv",
                "Titel;Afdeling\nCaf\u00e9;Klantcontact\n".getBytes(StandardCharsets.ISO_8859_1),
                "import.not-utf8");
    }

    @Test
    void a_sheet_without_a_header_is_refused() {
        var read = SpreadsheetFiles.read("x.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SheetTable.of(read.rows(), HEADERS))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.no-header"));
    }

    private static BigDecimal number(String text, boolean decimalComma) {
        var value = CellValues.number(SheetCell.text(text), decimalComma, false);
        assertThat(value).isNotNull();
        return value;
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> SpreadsheetFiles.read(name, content))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SpreadsheetReadingTest.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IOException("no test file " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The columns the three portfolio workbooks share, where each has them. */
    private static final Map<ImportField, Integer> PORTFOLIO_COLUMNS = Map.of(
            ImportField.TITLE, 0,
            ImportField.DEPARTMENT, 1,
            ImportField.START_QUARTER, 2,
            ImportField.END_QUARTER, 3,
            ImportField.COST, 4,
            ImportField.ADOPTION, 5,
            ImportField.SATISFACTION, 6);

    private static @Nullable String quarter(SheetTable table, SheetRow row, ImportField field) {
        return CellValues.quarter(table.cell(row, field));
    }

    private static @Nullable BigDecimal number(SheetTable table, SheetRow row, ImportField field) {
        return CellValues.number(table.cell(row, field), false, false);
    }

    /** A percentage as points: a 0.45 cell with a % format, or "45%", is 45. */
    private static @Nullable BigDecimal percent(SheetTable table, SheetRow row, ImportField field) {
        return CellValues.number(table.cell(row, field), false, true);
    }
}
