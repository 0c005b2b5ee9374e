package nl.tweespoor.budget;

import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Issue 14: the budget page's year downloads as two spreadsheets — the roll-ups per track, goal and department, and
 * the lines per item and quarter — typed, in the user's language, only that year, audited.
 *
 * <p>The year lies five years back, planned here by hand: the demo data plans only this year and next.
 */
@Transactional
class BudgetExportTest extends DatabaseTest {

    private static final int YEAR = LocalDate.now().getYear() - 5;

    @Autowired
    BudgetService service;

    @Autowired
    DSLContext db;

    long experiment;

    @BeforeEach
    void planAYearByHand() {
        var fixtures = new BudgetFixtures(db);
        assertThat(db.fetchCount(BUDGET_LINE, BUDGET_LINE.QUARTER.startsWith(YEAR + "-")))
                .isZero();
        long north = fixtures.department("Exporttest Noord");
        long goal = fixtures.goal("Exporttest doel", YEAR + 1);
        experiment = fixtures.experiment("Exporttest experiment", "OPTIMISE", north, null, "manager");
        long programme = fixtures.programme("Exporttest programma", "REDESIGN", north, goal, "manager");
        fixtures.line(experiment, YEAR + "-Q1", "1000.00", "800.50");
        fixtures.line(experiment, YEAR + "-Q2", "500.00", "0.00");
        fixtures.line(programme, YEAR + "-Q3", "20000.00", "12500.00");
        // the year after: not in this year's export
        fixtures.line(programme, (YEAR + 1) + "-Q1", "99.00", "0.00");
        db.insertInto(BUDGET_ENVELOPE)
                .set(BUDGET_ENVELOPE.TRACK, Track.PERSONAL)
                .set(BUDGET_ENVELOPE.YEAR, YEAR)
                .set(BUDGET_ENVELOPE.AMOUNT, new BigDecimal("3000.00"))
                .execute();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_the_years_lines_per_item_and_quarter_with_amounts_in_euros() throws Exception {
        try (var book = ExportFiles.xlsx(export(false, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Budget lines");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Item id");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Track");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Strategic goal");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Planned");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Actual");
            assertThat(sheet.getLastRowNum()).as("the year's three lines only").isEqualTo(3);

            // by title: the experiment's two quarters, then the programme's
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(experiment);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Exporttest experiment");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Personal AI");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Exporttest Noord");
            assertThat(first.getCell(4)).as("no goal, no cell").isNull();
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo(YEAR + "-Q1");
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(800.5);
            assertThat(first.getCell(7).getCellStyle().getDataFormatString()).contains("€");
            var programme = sheet.getRow(3);
            assertThat(programme.getCell(2).getStringCellValue()).isEqualTo("Strategic AI");
            assertThat(programme.getCell(4).getStringCellValue()).isEqualTo("Exporttest doel");
            assertThat(programme.getCell(7).getNumericCellValue()).isEqualTo(12500.0);
        }
    }

    @Test
    @WithUserDetails("leader")
    void the_dutch_csv_of_the_roll_ups_holds_the_tracks_goals_and_departments_and_is_audited() {
        var records = ExportFiles.csv(export(true, ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(records.get(0).values()).containsExactly("Groep", "Naam", "Gepland", "Werkelijk", "Budgetkader");
        assertThat(records.get(1).values()).containsExactly("Spoor", "Persoonlijke AI", "1500,00", "800,50", "3000,00");
        assertThat(records.get(2).values()).containsExactly("Spoor", "Strategische AI", "20000,00", "12500,00", "0,00");
        assertThat(records)
                .anySatisfy(r -> assertThat(r.values())
                        .containsExactly("Strategisch doel", "Exporttest doel", "20000,00", "12500,00", ""));
        assertThat(records)
                .anySatisfy(r -> assertThat(r.values())
                        .containsExactly("Afdeling", "Exporttest Noord", "21500,00", "13300,50", ""));
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getSummary())
                .isEqualTo("budget-rollups exported as CSV, " + (records.size() - 1) + " rows, filters: year=" + YEAR);
    }

    @Test
    @WithUserDetails("manager")
    void the_english_csv_of_the_lines_uses_commas_and_decimal_points() {
        var records = ExportFiles.csv(export(false, ExportFormat.CSV, Locale.ENGLISH), ',');

        assertThat(records).hasSize(4);
        assertThat(records.get(1).get(6)).isEqualTo("1000.00");
        assertThat(records.get(1).get(7)).isEqualTo("800.50");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_no_budget() {
        assertThatThrownBy(() -> export(true, ExportFormat.XLSX, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export(false, ExportFormat.CSV, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(boolean rollups, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        if (rollups) {
            service.exportRollups(YEAR, format, locale, out);
        } else {
            service.exportLines(YEAR, format, locale, out);
        }
        return out.toByteArray();
    }
}
