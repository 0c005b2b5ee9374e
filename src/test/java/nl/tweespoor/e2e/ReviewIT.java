package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReviewIT extends BrowserTest {

    @Test
    void leader_runs_a_whole_review_and_downloads_the_board_pack() throws Exception {
        logIn("leader");
        page.navigate(url("/reviews"));
        page.locator("#review-list vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("loopt")).first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/reviews/\\d+$"));
        var quarter = page.locator("h2.detail-title").textContent().replace("Kwartaalreview ", "").trim();

        var ids = page.locator(".agenda-item").evaluateAll("cards => cards.map(card => card.id.substring(7))");
        @SuppressWarnings("unchecked")
        var agenda = (java.util.List<String>) ids;
        assertThat(agenda).isNotEmpty();
        screenshot("review-agenda");
        for (var id : agenda) {
            page.locator("#decision-" + id + " vaadin-radio-button",
                    new Page.LocatorOptions().setHasText("Doorgaan")).locator("input").check();
            page.locator("#reason-" + id + " textarea").fill("Op koers; volgend kwartaal opnieuw bekijken.");
            page.locator("#record-" + id).click();
            assertThat(page.locator("#agenda-" + id)).hasAttribute("data-decided", "true");
        }
        assertThat(page.locator("#review-progress")).hasText(agenda.size() + " van " + agenda.size()
                + " items besloten.");
        assertNoSeriousAccessibilityViolations();

        page.locator("#review-close").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        assertThat(page.locator(".detail-view")).containsText("Deze review is gesloten");
        assertThat(page.locator("#review-close")).hasCount(0);
        screenshot("review-closed");

        var download = page.waitForDownload(() -> page.locator("#board-pack").click());
        var pdf = Paths.get("target", "screenshots", "board-pack.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        var reader = new PdfReader(Files.readAllBytes(pdf));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        assertThat(text).contains("Bestuursstukken").contains(quarter).contains("Noordzee Verzekeringen");
        assertThat(text.toString()).containsPattern("Doorgaan\\s*" + agenda.size());
        assertThat(text.toString()).containsPattern("Besproken items\\s*" + agenda.size());
    }
}
