package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a board member opens the journey map and sees which journeys are being redesigned and which only polished,
 * with both signals, in Dutch and in English, without serious accessibility faults; the dashboard card links to it.
 */
class JourneyMapIT extends BrowserTest {

    @Test
    void the_journey_map_shows_both_signals_in_dutch() {
        logIn("leader");
        page.navigate(url("/journeys"));
        waitForRows("#journey-grid");

        assertThat(cell("Autoverzekering")).isVisible();
        assertThat(badge("Herontwerp beloofd, niets gefinancierd")).isVisible();
        assertThat(badge("Poetsen aan wat uitontwikkeld is")).isVisible();
        screenshot("journeys-nl");
        assertNoSeriousAccessibilityViolations();

        cell("Acceptatie woonverzekering").click();
        assertThat(page.locator(".journey-details").first()).containsText("Automatische polisacceptatie");
        screenshot("journeys-details-nl");
        assertNoSeriousAccessibilityViolations();

        page.locator("#journey-create").click();
        assertThat(page.locator("#journey-title")).isVisible();
        screenshot("journeys-dialog-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void the_journey_map_speaks_english_and_the_dashboard_names_the_signals() {
        // A viewer of this test only: the language is a setting of the signed-in user.
        newUser("kijker-reizen", "Kijker Reizen", "VIEWER");
        logIn("kijker-reizen");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Journeys and chains");

        page.navigate(url("/journeys"));
        waitForRows("#journey-grid");
        assertThat(badge("Redesign promised, nothing funded")).isVisible();
        assertThat(badge("Polishing what is exhausted")).isVisible();
        assertThat(page.locator("#journey-create")).hasCount(0);
        screenshot("journeys-en");
        assertNoSeriousAccessibilityViolations();

        page.navigate(url("/"));
        assertThat(page.locator("#card-journeys")).containsText("Autoverzekering");
        assertThat(page.locator("#card-journeys")).containsText("Polishing what is exhausted");
        page.locator("#card-journeys").scrollIntoViewIfNeeded();
        screenshot("dashboard-journeys-en");
        assertNoSeriousAccessibilityViolations();
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private Locator badge(String text) {
        return page.locator("vaadin-grid-cell-content .badge-row .badge:not([hidden])")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }
}
