package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import nl.tweespoor.review.AgendaFilter;
import nl.tweespoor.review.AgendaRow;
import nl.tweespoor.review.AgendaService;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.SignIn;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ReviewIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Autowired
    AgendaService agendaService;

    @Autowired
    UserDetailsService users;

    @Test
    void leader_runs_a_whole_review_and_downloads_the_board_pack() throws Exception {
        logIn("leader");
        page.navigate(url("/reviews"));
        page.locator("#review-list vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("loopt"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/reviews/\\d+$"));
        var quarter = page.locator("h2.detail-title")
                .textContent()
                .replace("Kwartaalreview ", "")
                .trim();

        long review = Long.parseLong(page.url().replaceAll(".*/reviews/", ""));
        var agenda = page.locator("#agenda");
        agenda.locator("vaadin-grid-cell-content").first().waitFor();
        // Flagged items first, their badges drawn in the grid.
        assertThat(agenda.locator("vaadin-grid-cell-content .badge-row .badge.badge-flag:not([hidden])")
                        .first())
                .isVisible();
        screenshot("review-agenda");
        int items = db.fetchCount(db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .leftJoin(REVIEW_DECISION)
                .on(REVIEW_DECISION.INITIATIVE_ID.eq(INITIATIVE.ID), REVIEW_DECISION.REVIEW_ID.eq(review))
                .where(INITIATIVE.STAGE.in(Stage.ACTIVE).or(REVIEW_DECISION.ID.isNotNull())));

        // The long tail in one go: the dialog says how many it decides.
        page.locator("#bulk-continue").click();
        assertThat(page.locator("#bulk-text")).containsText("Dit legt Doorgaan vast voor ");
        page.locator("#bulk-reason textarea").fill("Geen signalen; op koers.");
        page.locator("#bulk-confirm").click();
        assertThat(page.locator("#bulk-dialog")).hasCount(0);

        // The flagged items one by one, found through the "not yet decided" filter.
        page.locator("#agenda-decided").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Nog niet besloten"))
                .click();
        // In the agenda's own order, so the test can scroll the lazy grid to each one.
        SignIn.as(users, "leader");
        var undecided = agendaService.page(review, new AgendaFilter(null, null, false), 0, 1000).stream()
                .map(AgendaRow::title)
                .toList();
        SecurityContextHolder.clearContext();
        assertThat(undecided).isNotEmpty();
        int decided = items - undecided.size();
        assertThat(page.locator("#review-progress")).hasText(decided + " van " + items + " items besloten.");
        for (int i = 0; i < undecided.size(); i++) {
            var title = undecided.get(i);
            agenda.evaluate("(grid, index) => grid.scrollToIndex(index)", i);
            waitForRows("#agenda");
            agenda.locator(
                            "vaadin-grid-cell-content",
                            new Locator.LocatorOptions().setHasText(Pattern.compile("^" + literal(title) + "$")))
                    .filter(new Locator.FilterOptions().setVisible(true))
                    .first()
                    .click();
            assertThat(page.locator("#evidence-title")).hasText(title);
            page.locator("#decision vaadin-radio-button", new Page.LocatorOptions().setHasText("Doorgaan"))
                    .locator("input")
                    .check();
            page.locator("#reason textarea").fill("Besproken: op koers; volgend kwartaal opnieuw bekijken.");
            page.locator("#record-decision").click();
            decided++;
            assertThat(page.locator("#review-progress")).hasText(decided + " van " + items + " items besloten.");
        }
        screenshot("review-decided");
        assertNoSeriousAccessibilityViolations();

        page.locator("#review-close").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                        + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                .first()
                .click();
        assertThat(page.locator(".detail-view")).containsText("Deze review is gesloten");
        assertThat(page.locator("#review-close")).hasCount(0);
        // issue 15: the closed review shows the evidence kept at its closing, marked with the date
        assertThat(page.locator("#evidence-note")).containsText("zoals het was toen de review sloot op");
        waitForRows("#agenda");
        agenda.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + literal(undecided.getFirst()) + "$")))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first()
                .click();
        assertThat(page.locator("#evidence-kept")).containsText("Bewijs bewaard bij het sluiten op");
        screenshot("review-closed");
        assertNoSeriousAccessibilityViolations();

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
        assertThat(text.toString()).containsPattern("Doorgaan\\s*" + items);
        assertThat(text.toString()).containsPattern("Besproken items\\s*" + items);

        // beside it the same pack as slides to present from, opened as PowerPoint would
        var slides = page.waitForDownload(() -> page.locator("#board-pack-pptx").click());
        var pptx = Paths.get("target", "screenshots", "board-pack.pptx");
        slides.saveAs(pptx);
        try (var show = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertThat(show.getSlides()).hasSizeGreaterThan(2);
            assertThat(show.getSlides().getFirst().getTitle()).isEqualTo("Bestuursstukken");
            assertThat(show.getSlides().get(1).getTitle()).isEqualTo("Samenvatting");
        }
    }

    /** The title as a regular expression; Pattern.quote's \Q…\E means nothing to the browser's JavaScript. */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }
}
