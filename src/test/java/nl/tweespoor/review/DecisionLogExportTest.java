package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
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

/** Issue 14: the decision log downloads with the log's filters, typed, in the user's language, audited. */
@Transactional
class DecisionLogExportTest extends DatabaseTest {

    @Autowired
    DecisionService decisions;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_the_stops_with_the_budget_released_as_amounts() throws Exception {
        int stops = db.fetchCount(REVIEW_DECISION, REVIEW_DECISION.DECISION.eq("STOP"));
        assertThat(stops).as("the demo story stops items").isPositive();

        var stopsOnly = new DecisionLogFilter(null, Decision.STOP, null);
        try (var book = ExportFiles.xlsx(export(stopsOnly, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Decision log");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Decision");
            assertThat(sheet.getLastRowNum()).isEqualTo(stops);
            for (int r = 1; r <= stops; r++) {
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("Stop");
                assertThat(sheet.getRow(r).getCell(9).getNumericCellValue()).isNotNegative();
            }
        }
    }

    @Test
    @WithUserDetails("leader")
    void a_dutch_csv_of_the_whole_log_newest_first_is_audited() {
        int all = db.fetchCount(REVIEW_DECISION);

        var records = ExportFiles.csv(export(DecisionLogFilter.none(), ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(records.get(0).get(3)).isEqualTo("Item");
        assertThat(records.get(0).get(5)).isEqualTo("Besluit");
        assertThat(records).hasSize(all + 1);
        var newest = db.select(REVIEW_DECISION.ID)
                .from(REVIEW_DECISION)
                .orderBy(REVIEW_DECISION.DECIDED_AT.desc(), REVIEW_DECISION.ID.desc())
                .limit(1)
                .fetchSingle(REVIEW_DECISION.ID);
        assertThat(records.get(1).get(0)).isEqualTo(String.valueOf(newest));
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getSummary()).startsWith("decision-log exported as CSV, " + all + " rows");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_nothing() {
        assertThatThrownBy(() -> export(DecisionLogFilter.none(), ExportFormat.CSV, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(DecisionLogFilter filter, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        decisions.exportDecisionLog(filter, format, locale, out);
        return out.toByteArray();
    }
}
