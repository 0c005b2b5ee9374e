package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.poi.ss.usermodel.CellType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14: a track's ranking downloads with the figures the priorities page shows — position, score, planned budget,
 * running total and funding against the cut line — for the track and year asked, in the user's language, audited.
 */
@Transactional
class RankingExportTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    RankingService rankings;

    @Autowired
    DSLContext db;

    List<Long> ids;

    /** Three personal items of 1 000, 2 000 and 3 000 against an envelope of 3 500: the third is below the line. */
    @BeforeEach
    void threeRankedExperiments() {
        RankingFixtures.noReserve(db, YEAR);
        ids = RankingFixtures.onlyThesePersonal(
                db,
                YEAR,
                "Exportrang ",
                List.of("OPTIMISE", "REDESIGN", "OPTIMISE"),
                List.of("1000.00", "2000.00", "3000.00"));
        RankingFixtures.envelope(db, Track.PERSONAL, YEAR, new BigDecimal("3500.00"));
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_the_personal_ranking_with_the_figures_of_the_page() throws Exception {
        var page = rankings.page(Track.PERSONAL, YEAR, 0, 10);

        try (var book = ExportFiles.xlsx(export(Track.PERSONAL, YEAR, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Personal AI");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Position");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Score");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Cumulative");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Funding");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                var row = sheet.getRow(r);
                var shown = page.get(r - 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(shown.position());
                assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(ids.get(r - 1));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Exportrang " + (r - 1));
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Running");
                assertThat(row.getCell(5)).as("not rated, no score").isNull();
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()))
                        .isEqualByComparingTo(shown.cumulative());
                assertThat(row.getCell(7).getCellStyle().getDataFormatString()).contains("€");
            }
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Redesign");
            assertThat(List.of(
                            sheet.getRow(1).getCell(8).getStringCellValue(),
                            sheet.getRow(2).getCell(8).getStringCellValue(),
                            sheet.getRow(3).getCell(8).getStringCellValue()))
                    .containsExactly("Funded", "Funded", "Unfunded");
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(6000.0);
        }
    }

    @Test
    @WithUserDetails("leader")
    void the_dutch_csv_holds_only_the_track_and_year_asked_and_is_audited() {
        var records = ExportFiles.csv(export(Track.PERSONAL, YEAR + 1, ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(records.get(0).values())
                .containsExactly(
                        "Positie",
                        "Id van het item",
                        "Titel",
                        "Fase",
                        "Ambitie",
                        "Score",
                        "Gepland dit jaar",
                        "Cumulatief",
                        "Financiering");
        assertThat(records).hasSize(4);
        // nothing planned the year after: every item funded, nothing accumulates
        for (var record : records.subList(1, 4)) {
            assertThat(record.get(6)).isEqualTo("0,00");
            assertThat(record.get(8)).isEqualTo("Gefinancierd");
        }
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getSummary())
                .isEqualTo("ranking-personal exported as CSV, 3 rows, filters: track=PERSONAL, year=" + (YEAR + 1));

        var strategic = ExportFiles.csv(export(Track.STRATEGIC, YEAR, ExportFormat.CSV, Translations.DUTCH), ';');
        assertThat(strategic).noneSatisfy(r -> assertThat(r.get(2)).startsWith("Exportrang"));
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_no_ranking() {
        assertThatThrownBy(() -> export(Track.PERSONAL, YEAR, ExportFormat.XLSX, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(Track track, int year, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        rankings.export(track, year, format, locale, out);
        return out.toByteArray();
    }
}
