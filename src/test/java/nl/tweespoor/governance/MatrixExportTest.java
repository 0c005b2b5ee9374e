package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.PRINCIPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14: the principles matrix downloads under its filter, one row per item and one column per active principle
 * (the layout follows the principles), results in the user's language, audited.
 */
@Transactional
class MatrixExportTest extends DatabaseTest {

    private static final String FRAUD = "Fraudedetectie bij schademeldingen";

    @Autowired
    MatrixService service;

    @Autowired
    PrincipleService principles;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_the_strategic_items_with_a_column_per_active_principle() throws Exception {
        var active = principles.active();
        var filter = new MatrixFilter(Track.STRATEGIC, null, false);
        var shown = service.page(filter, 0, 500);

        try (var book = ExportFiles.xlsx(export(filter, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Principles matrix");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Item id");
            assertThat((int) header.getLastCellNum()).isEqualTo(5 + active.size());
            for (int i = 0; i < active.size(); i++) {
                assertThat(header.getCell(5 + i).getStringCellValue())
                        .isEqualTo(active.get(i).code() + " " + active.get(i).title());
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(shown.size());
            var tracks = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat((long) row.getCell(0).getNumericCellValue())
                        .isEqualTo(shown.get(r - 1).id());
                tracks.add(row.getCell(1).getStringCellValue());
                for (int i = 0; i < active.size(); i++) {
                    assertThat(row.getCell(5 + i).getStringCellValue())
                            .isIn("Meets", "Gap", "Not applicable", "Not assessed yet");
                }
            }
            assertThat(tracks).containsOnly("Strategic AI");
            int ethics = columnOf(active, "ETH-1");
            assertThat(rowOf(sheet, FRAUD).getCell(5 + ethics).getStringCellValue())
                    .isEqualTo("Gap");
        }
    }

    @Test
    @WithUserDetails("leader")
    void a_retired_principle_leaves_the_dutch_csv_and_the_export_is_audited() {
        db.update(PRINCIPLE)
                .set(PRINCIPLE.ACTIVE, false)
                .where(PRINCIPLE.CODE.ne("ETH-1"))
                .execute();
        var filter = new MatrixFilter(null, null, true);
        int open = service.count(filter);

        var records = ExportFiles.csv(export(filter, ExportFormat.CSV, Translations.DUTCH), ';');

        var header = records.get(0);
        assertThat(header.size()).isEqualTo(6);
        assertThat(header.get(0)).isEqualTo("Id van het item");
        assertThat(header.get(4)).isEqualTo("Fase");
        assertThat(header.get(5)).startsWith("ETH-1 ");
        assertThat(records).hasSize(open + 1);
        assertThat(records.subList(1, records.size()))
                .as("only open points: a gap or not yet assessed on the one principle left")
                .allSatisfy(r -> assertThat(r.get(5)).isIn("Tekort", "Nog niet getoetst"));
        assertThat(records).anySatisfy(r -> assertThat(r.get(2)).isEqualTo(FRAUD));
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getSummary()).startsWith("principles-matrix exported as CSV, " + open + " rows");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_no_matrix() {
        assertThatThrownBy(() -> export(MatrixFilter.all(), ExportFormat.CSV, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int columnOf(java.util.List<Principle> active, String code) {
        for (int i = 0; i < active.size(); i++) {
            if (active.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no active principle " + code);
    }

    private static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String title) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(2).getStringCellValue().equals(title)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + title);
    }

    private byte[] export(MatrixFilter filter, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        service.export(filter, format, locale, out);
        return out.toByteArray();
    }
}
