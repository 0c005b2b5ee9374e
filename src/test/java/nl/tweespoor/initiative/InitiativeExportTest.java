package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.poi.ss.usermodel.CellType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 14: the experiments and programmes lists download as .xlsx and .csv, filtered, in the user's language. */
@Transactional
class InitiativeExportTest extends DatabaseTest {

    static final InitiativeFilter RUNNING = new InitiativeFilter(Track.PERSONAL, null, null, Stage.RUNNING, null);

    @Autowired
    InitiativeService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_the_filtered_experiments_as_a_workbook_with_the_id_first_and_typed_cells()
            throws IOException {
        var expected = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TRACK.eq(Track.PERSONAL).and(INITIATIVE.STAGE.eq(Stage.RUNNING)))
                .orderBy(INITIATIVE.ID)
                .fetch(INITIATIVE.ID);
        assertThat(expected).hasSizeGreaterThan(1);

        try (var book = ExportFiles.xlsx(export(RUNNING, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Id");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Title");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Stage");
            int cost = column(header, "Cost estimate");
            var ids = new ArrayList<Long>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                ids.add((long) row.getCell(0).getNumericCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Running");
                if (row.getCell(cost) != null) {
                    assertThat(row.getCell(cost).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
            assertThat(ids).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @WithUserDetails("leader")
    void a_dutch_csv_of_the_programmes_has_dutch_headers_and_labels_and_semicolons() {
        var filter = InitiativeFilter.of(Track.STRATEGIC);
        int programmes = service.count(filter);

        var records = ExportFiles.csv(export(filter, ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(records.get(0).toList()).startsWith("Id", "Titel", "Afdeling", "Fase", "Programmamanager");
        assertThat(records).hasSize(programmes + 1);
        var stages = Stage.of(Track.STRATEGIC).stream()
                .map(s -> new Translations().getTranslation("stage." + s.name(), Translations.DUTCH))
                .toList();
        assertThat(records.subList(1, records.size()))
                .allSatisfy(r -> assertThat(r.get(3)).isIn(stages));
    }

    @Test
    @WithUserDetails("manager")
    void each_export_is_audited_with_the_list_the_format_the_rows_and_the_filters() {
        int before = db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("EXPORTED"));

        export(RUNNING, ExportFormat.CSV, Locale.ENGLISH);

        var event = ExportFiles.lastExportEvent(db);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("EXPORTED"))).isEqualTo(before + 1);
        assertThat(event.getActorName()).isEqualTo("manager");
        assertThat(event.getSummary())
                .startsWith("experiments exported as CSV, ")
                .contains("RUNNING");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_anything() {
        assertThatThrownBy(() -> export(RUNNING, ExportFormat.XLSX, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(InitiativeFilter filter, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        service.export(filter, format, locale, out);
        return out.toByteArray();
    }

    private static int column(org.apache.poi.ss.usermodel.Row header, String title) {
        for (var cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }
}
