package nl.tweespoor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.tweespoor.base.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Issue 14: the .xlsx and .csv writers — typed cells, the user's language, no formula ever. */
class SpreadsheetWritersTest {

    record Line(
            long id,
            String title,
            String stage,
            BigDecimal cost,
            BigDecimal adoption,
            LocalDate day,
            OffsetDateTime at) {}

    static final Layout<Line> LAYOUT = Layout.of(
            "menu.experiments",
            Column.integer("field.id", Line::id),
            Column.text("field.title", Line::title),
            Column.label("field.stage", Line::stage),
            Column.eur("field.cost", Line::cost),
            Column.percent("field.adoption", Line::adoption),
            Column.date("field.updated", Line::day),
            Column.dateTime("audit.when", Line::at));

    static final Line LINE = new Line(
            42,
            "Summaries",
            "stage.RUNNING",
            new BigDecimal("1234.5"),
            new BigDecimal("12.5"),
            LocalDate.of(2026, 3, 31),
            OffsetDateTime.of(2026, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC));

    final Spreadsheets spreadsheets = new Spreadsheets(new Translations());

    @Test
    void xlsx_has_typed_cells_a_bold_frozen_header_an_autofilter_and_english_headers_and_labels() throws IOException {
        try (var book = xlsx(Locale.ENGLISH, Stream.of(LINE))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Experiments");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Id");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Cost estimate");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));

            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Running");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString())
                    .contains("€")
                    .contains("0.00");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.125);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).endsWith("%");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LINE.day());
            // 10:00 UTC is noon in Amsterdam in summer.
            assertThat(row.getCell(6).getLocalDateTimeCellValue().getHour()).isEqualTo(12);
        }
    }

    @Test
    void xlsx_speaks_dutch_to_dutch_users() throws IOException {
        try (var book = xlsx(Translations.DUTCH, Stream.of(LINE))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Experimenten");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titel");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Loopt");
        }
    }

    @Test
    void xlsx_writes_formula_like_text_as_plain_text_marked_with_the_quote_prefix() throws IOException {
        var texts = new String[] {"=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain"};
        var rows = Stream.of(texts)
                .map(t -> new Line(1, t, "stage.RUNNING", BigDecimal.ONE, BigDecimal.ONE, LINE.day(), LINE.at()));
        try (var book = xlsx(Locale.ENGLISH, rows)) {
            var sheet = book.getSheetAt(0);
            for (int i = 0; i < texts.length; i++) {
                var cell = sheet.getRow(i + 1).getCell(1);
                assertThat(cell.getCellType()).as(texts[i]).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(texts[i]);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(texts[i]).isEqualTo(i < texts.length - 1);
            }
        }
    }

    @Test
    void csv_for_dutch_users_has_a_bom_semicolons_and_decimal_commas() throws IOException {
        var text = csvText(Translations.DUTCH, Stream.of(LINE));

        assertThat(text).startsWith("\uFEFF");
        var records = parse(text.substring(1), ';');
        assertThat(records.get(0).toList())
                .containsExactly("Id", "Titel", "Fase", "Geraamde kosten", "Adoptie %", "Laatst gewijzigd", "Wanneer");
        assertThat(records.get(1).toList())
                .containsExactly("42", "Summaries", "Loopt", "1234,50", "12,5%", "2026-03-31", "2026-07-01 12:00:00");
    }

    @Test
    void csv_for_english_users_has_commas_and_decimal_points() throws IOException {
        var text = csvText(Locale.ENGLISH, Stream.of(LINE));

        var records = parse(text.substring(1), ',');
        assertThat(records.get(0).get(3)).isEqualTo("Cost estimate");
        assertThat(records.get(1).toList())
                .containsExactly("42", "Summaries", "Running", "1234.50", "12.5%", "2026-03-31", "2026-07-01 12:00:00");
    }

    @Test
    void csv_puts_an_apostrophe_before_text_a_spreadsheet_would_evaluate() throws IOException {
        var texts = new String[] {"=1+1", "+1", "-2", "@x", "\tx", "\rx", "a=b"};
        var rows = Stream.of(texts)
                .map(t -> new Line(1, t, "stage.RUNNING", BigDecimal.ONE, BigDecimal.ONE, LINE.day(), LINE.at()));

        var records = parse(csvText(Locale.ENGLISH, rows).substring(1), ',');

        assertThat(records.subList(1, records.size()).stream().map(r -> r.get(1)))
                .containsExactly("'=1+1", "'+1", "'-2", "'@x", "'\tx", "'\rx", "a=b");
    }

    @Test
    void empty_values_are_empty_cells() throws IOException {
        Layout<String> layout = Layout.of("menu.experiments", Column.eur("field.cost", r -> nothing()));
        var out = new ByteArrayOutputStream();
        spreadsheets.write(ExportFormat.CSV, layout, Stream.of("a"), Locale.ENGLISH, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFCost estimate\r\n\"\"\r\n");
    }

    @Test
    void the_xlsx_writer_keeps_only_its_window_of_rows_in_memory() {
        int total = 5 * XlsxWriter.WINDOW + 17;
        var rows = IntStream.rangeClosed(1, total)
                .mapToObj(i -> new Line(
                        i, "Item " + i, "stage.RUNNING", BigDecimal.TEN, BigDecimal.ONE, LINE.day(), LINE.at()));
        var book = new SXSSFWorkbook(XlsxWriter.WINDOW);
        try {
            var writer = new XlsxWriter(key -> key, Locale.ENGLISH);

            long written = writer.fill(book, LAYOUT, rows);

            var sheet = XlsxWriter.sheet(book);
            long inMemory = IntStream.rangeClosed(0, total)
                    .filter(i -> sheet.getRow(i) != null)
                    .count();
            assertThat(written).isEqualTo(total);
            assertThat(inMemory).isLessThanOrEqualTo(XlsxWriter.WINDOW);
            assertThat(sheet.getRow(total) != null)
                    .as("the last row is in memory")
                    .isTrue();
            assertThat(sheet.getRow(1) == null)
                    .as("the first row is flushed")
                    .isTrue(); // flushed to the temporary file
        } finally {
            book.dispose();
        }
    }

    private static @Nullable Object nothing() {
        return null;
    }

    private XSSFWorkbook xlsx(Locale locale, Stream<Line> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        spreadsheets.write(ExportFormat.XLSX, LAYOUT, rows, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private String csvText(Locale locale, Stream<Line> rows) {
        var out = new ByteArrayOutputStream();
        spreadsheets.write(ExportFormat.CSV, LAYOUT, rows, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static java.util.List<CSVRecord> parse(String text, char delimiter) throws IOException {
        var format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
