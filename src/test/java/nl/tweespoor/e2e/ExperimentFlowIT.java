package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class ExperimentFlowIT extends BrowserTest {

    @Test
    void leader_proposes_an_experiment_and_finds_it_in_the_grid() {
        logIn("leader");
        page.navigate(url("/experiments"));
        page.locator("#create-item").click();
        page.locator("#initiative-title input").fill("Playwright-proef met AI-samenvattingen");
        page.locator("#initiative-department input").click();
        page.locator("vaadin-combo-box-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Finance"))
                .click();
        screenshot("experiment-form");
        page.locator("#initiative-save").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/experiments/\\d+$"));
        assertThat(page.locator("h2.detail-title")).hasText("Playwright-proef met AI-samenvattingen");
        screenshot("experiment-detail");

        page.navigate(url("/experiments"));
        page.locator("#filter-search input").fill("Playwright-proef");
        assertThat(page.locator("#result-count")).hasText("1 experiment");
        assertThat(page.locator(
                                "vaadin-grid-cell-content",
                                new com.microsoft.playwright.Page.LocatorOptions()
                                        .setHasText("Playwright-proef met AI-samenvattingen"))
                        .first())
                .isVisible();
        screenshot("experiments-grid-leader");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void viewer_sees_no_edit_action() {
        logIn("viewer");
        page.navigate(url("/experiments"));
        page.locator("vaadin-grid").waitFor();
        assertThat(page.locator("#result-count")).containsText("experimenten");
        assertThat(page.locator("#create-item")).hasCount(0);
        page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Klantchatbot voor polisvragen"))
                .first()
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/experiments/\\d+$"));
        assertThat(page.locator("h2.detail-title")).hasText("Klantchatbot voor polisvragen");
        assertThat(page.locator("#edit-item")).hasCount(0);
        screenshot("experiment-detail-viewer");
        assertNoSeriousAccessibilityViolations();
    }
}
