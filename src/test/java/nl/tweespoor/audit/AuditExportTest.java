package nl.tweespoor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Scanner;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 14: the audit log downloads, filtered, for whoever may read it, streamed however long it is. */
@Transactional
class AuditExportTest extends DatabaseTest {

    static final AuditFilter EXPORT_TEST = new AuditFilter(null, null, "EXPORT_TEST", null, null);

    @Autowired
    AuditService audit;

    @Autowired
    DSLContext db;

    @TempDir
    Path folder;

    @BeforeEach
    void threeEventsOfTheirOwnKind() {
        db.execute("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, summary)
                select timestamp with time zone '2026-06-01 10:00:00+00' + g * interval '1 minute', null, 'system',
                       'EXPORT_TEST', 'test', g, case g when 2 then '=HYPERLINK("x")' else 'Event ' || g end
                from generate_series(1, 3) g
                """);
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_exports_the_filtered_log_newest_first_with_dates_as_dates() throws IOException {
        try (var book = ExportFiles.xlsx(export(EXPORT_TEST, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Audit log");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("When");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
            var formula = sheet.getRow(2).getCell(7);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_gets_a_dutch_csv_and_the_export_is_audited() {
        var records = ExportFiles.csv(export(EXPORT_TEST, ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(records.get(0).toList())
                .containsExactly(
                        "Id", "Wanneer", "Gebruiker", "Soort", "Soort gegeven", "Id van het gegeven", "Item", "Wat");
        assertThat(records).hasSize(4);
        assertThat(records.get(2).get(7)).isEqualTo("'=HYPERLINK(\"x\")");
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("admin");
        assertThat(event.getSummary())
                .startsWith("audit-log exported as CSV, 3 rows")
                .contains("EXPORT_TEST");
    }

    @Test
    @WithUserDetails("manager")
    void a_programme_manager_may_not_export_the_log() {
        assertThatThrownBy(() -> export(EXPORT_TEST, ExportFormat.CSV, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_may_not_export_the_log() {
        assertThatThrownBy(() -> export(EXPORT_TEST, ExportFormat.XLSX, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The rows stream from a cursor into SXSSF (whose window SpreadsheetWritersTest bounds); the files hold all. */
    @Test
    @WithUserDetails("leader")
    void a_hundred_thousand_events_export_whole_as_xlsx_and_csv() throws IOException {
        db.execute("""
                insert into audit_event (occurred_at, actor_id, actor_name, kind, entity_type, entity_id, summary)
                select timestamp with time zone '2025-01-01 00:00:00+00' + g * interval '1 second', null, 'system',
                       'BULK_TEST', 'test', g, 'Bulk event ' || g
                from generate_series(1, 100000) g
                """);
        var bulk = new AuditFilter(null, null, "BULK_TEST", null, null);
        var xlsx = folder.resolve("audit.xlsx");
        var csv = folder.resolve("audit.csv");

        try (var out = Files.newOutputStream(xlsx)) {
            audit.export(bulk, ExportFormat.XLSX, Locale.ENGLISH, out);
        }
        try (var out = Files.newOutputStream(csv)) {
            audit.export(bulk, ExportFormat.CSV, Locale.ENGLISH, out);
        }

        assertThat(rowsInSheet(xlsx)).isEqualTo(100_001);
        assertThat(recordsIn(csv)).isEqualTo(100_001);
    }

    private byte[] export(AuditFilter filter, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        audit.export(filter, format, locale, out);
        return out.toByteArray();
    }

    /** Counts the sheet's rows by scanning its XML, without loading the workbook. */
    private static long rowsInSheet(Path xlsx) throws IOException {
        try (var zip = new ZipFile(xlsx.toFile());
                var scanner = new Scanner(
                        zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")), StandardCharsets.UTF_8)) {
            return scanner.findAll(Pattern.compile("<row[ >]")).count();
        }
    }

    private static long recordsIn(Path csv) throws IOException {
        try (var reader = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8);
                var parser = CSVFormat.DEFAULT.parse(reader)) {
            return parser.stream().count();
        }
    }
}
