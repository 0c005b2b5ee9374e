package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class PrioritiesIT extends BrowserTest {

    @Test
    void leader_reorders_the_ranking_and_runs_a_what_if() {
        logIn("leader");
        page.navigate(url("/priorities"));
        var ranking = page.locator("#ranking-strategic");
        var firstTitle = ranking.locator("vaadin-grid-cell-content a").first().textContent();
        var secondTitle = ranking.locator("vaadin-grid-cell-content a").nth(1).textContent();

        page.getByLabel(firstTitle + " omlaag").click();

        assertThat(ranking.locator("vaadin-grid-cell-content a").first()).hasText(secondTitle);
        assertThat(ranking.locator("vaadin-grid-cell-content a").nth(1)).hasText(firstTitle);

        page.getByLabel("Wat als " + secondTitle + " stopt").check();
        page.locator("#whatif-run").click();
        assertThat(page.locator("#whatif-result")).containsText("Budget dat vrijkomt in latere kwartalen");
        assertThat(page.locator("#whatif-result")).containsText("er is niets opgeslagen");
        screenshot("priorities-whatif");
        assertNoSeriousAccessibilityViolations();

        page.navigate(url("/"));
        assertThat(page.locator("#card-balance")).containsText("%");
        page.locator("#track-card-personal tweespoor-chart svg").waitFor();
        screenshot("dashboard");
        assertNoSeriousAccessibilityViolations();
        page.locator("#track-card-personal a", new Page.LocatorOptions().setHasText("Loopt"))
                .click();
        assertThat(page.locator("#result-count")).hasText("10 experimenten");
    }
}
