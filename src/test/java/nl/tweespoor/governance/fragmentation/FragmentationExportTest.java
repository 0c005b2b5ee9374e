package nl.tweespoor.governance.fragmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.ExportFiles;
import org.apache.poi.ss.usermodel.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14: the fragmentation radar downloads as one row per group member — the group's kind, key, label, size and
 * departments, the item, its department and owner, the leaders' resolution — as the radar lists the groups, audited.
 */
@Transactional
class FragmentationExportTest extends DatabaseTest {

    @Autowired
    FragmentationExportService exports;

    @Autowired
    FragmentationService radar;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_a_row_per_member_of_every_group_on_the_radar() throws Exception {
        var groups = radar.groups(true, 0, FragmentationService.MAX_PAGE);
        assertThat(groups.size()).isLessThan(FragmentationService.MAX_PAGE);
        int members = groups.stream().mapToInt(FragmentationGroup::itemCount).sum();

        try (var book = ExportFiles.xlsx(export(true, ExportFormat.XLSX, Locale.ENGLISH))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Fragmentation groups");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Group kind");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Departments");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Decision");
            assertThat(sheet.getLastRowNum()).isEqualTo(members);

            var chatbots = new ArrayList<Row>();
            var keys = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var key = row.getCell(1).getStringCellValue();
                if (keys.isEmpty() || !keys.getLast().equals(key)) {
                    keys.add(key);
                }
                if (key.equals(FragmentationServiceTest.CHATBOTS)) {
                    chatbots.add(row);
                }
            }
            assertThat(keys)
                    .as("the radar's groups in its order")
                    .containsExactlyElementsOf(
                            groups.stream().map(FragmentationGroup::key).toList());
            assertThat(chatbots).hasSize(3);
            var first = chatbots.getFirst();
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Same use case");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Chatbot");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("HR, Klantenservice, Marketing");
            assertThat(chatbots)
                    .extracting(r -> r.getCell(6).getStringCellValue())
                    .containsExactly(
                            FragmentationServiceTest.HR_BOT,
                            FragmentationServiceTest.KS_BOT,
                            FragmentationServiceTest.MKT_BOT);
            assertThat(chatbots)
                    .extracting(r -> r.getCell(8).getStringCellValue())
                    .containsExactly("Sanne Bakker", "Mark de Vries", "Lotte Jansen");
            assertThat(chatbots)
                    .allSatisfy(
                            r -> assertThat(r.getCell(9).getStringCellValue()).isEqualTo("Open"));
        }
    }

    @Test
    @WithUserDetails("leader")
    void an_accepted_group_leaves_the_default_export_and_shows_as_accepted_in_the_dutch_csv_when_asked_for() {
        radar.saveNote(FragmentationServiceTest.CHATBOTS, Resolution.ACCEPTED, "Bewust: andere doelgroepen", null);

        var listed = ExportFiles.csv(export(false, ExportFormat.CSV, Translations.DUTCH), ';');
        var all = ExportFiles.csv(export(true, ExportFormat.CSV, Translations.DUTCH), ';');

        assertThat(listed.get(0).values())
                .containsExactly(
                        "Soort groep",
                        "Groepssleutel",
                        "Groep",
                        "Items in de groep",
                        "Afdelingen",
                        "Id van het item",
                        "Titel",
                        "Afdeling",
                        "Eigenaar",
                        "Besluit");
        assertThat(listed).noneSatisfy(r -> assertThat(r.get(1)).isEqualTo(FragmentationServiceTest.CHATBOTS));
        assertThat(all).hasSize(listed.size() + 3);
        List<String> chatbotResolutions = all.stream()
                .filter(r -> r.get(1).equals(FragmentationServiceTest.CHATBOTS))
                .map(r -> r.get(9))
                .toList();
        assertThat(chatbotResolutions).containsExactly("Geaccepteerd", "Geaccepteerd", "Geaccepteerd");
        assertThat(all.getLast().get(1))
                .as("accepted groups last, as on the radar")
                .isEqualTo(FragmentationServiceTest.CHATBOTS);
        var event = ExportFiles.lastExportEvent(db);
        assertThat(event.getActorName()).isEqualTo("leader");
        assertThat(event.getSummary())
                .isEqualTo("fragmentation-groups exported as CSV, " + (all.size() - 1)
                        + " rows, filters: includeAccepted=true");
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_exports_no_groups() {
        assertThatThrownBy(() -> export(false, ExportFormat.CSV, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] export(boolean includeAccepted, ExportFormat format, Locale locale) {
        var out = new ByteArrayOutputStream();
        exports.export(includeAccepted, format, locale, out);
        return out.toByteArray();
    }
}
