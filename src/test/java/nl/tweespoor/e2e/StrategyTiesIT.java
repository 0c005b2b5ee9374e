package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, experiments tied to strategy: a leader sees which goal and programme an experiment explores, the goal's
 * experiments beside its programmes, the roadmap grouped by goal, and ties an experiment to a programme in its form;
 * the hand-over dialog is accessible. In Dutch and in English, without serious accessibility faults.
 */
class StrategyTiesIT extends BrowserTest {

    @Test
    void a_leader_follows_an_experiment_to_its_goal_and_programme_and_hands_an_item_over() {
        logIn("leader");
        page.navigate(url("/roadmap"));
        page.locator("#roadmap-experiments-by").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Strategisch doel"))
                .click();
        assertThat(page.locator(
                        "#lane-personal .roadmap-group",
                        new Page.LocatorOptions().setHasText("Schade binnen 48 uur afgehandeld")))
                .isVisible();
        screenshot("roadmap-by-goal-nl");
        assertNoSeriousAccessibilityViolations();

        page.locator(".roadmap-bar[title^='Samenvattingen van schadedossiers']").click();
        assertThat(page).hasURL(Pattern.compile(".*/experiments/\\d+$"));
        assertThat(page.locator("#explores-programme")).containsText("Schadereis opnieuw ontworpen met AI");
        page.locator("#explores-programme a").click();
        assertThat(page).hasURL(Pattern.compile(".*/programmes/\\d+$"));
        assertThat(page.locator("#exploring-experiments")).containsText("Samenvattingen van schadedossiers");
        assertThat(page.locator("#exploring-experiments")).containsText("Schadefoto");

        page.locator("#hand-over").click();
        assertThat(page.locator("#hand-over-owner")).isVisible();
        screenshot("hand-over-dialog-nl");
        assertNoSeriousAccessibilityViolations();
        page.keyboard().press("Escape");

        page.navigate(url("/goals"));
        waitForRows("vaadin-grid");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Kosten per polis 15% omlaag"))
                .first()
                .click();
        assertThat(page.locator(".goal-details").first()).containsText("Facturen");
        screenshot("goals-experiments-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void a_leader_ties_an_experiment_to_a_programme_in_english() {
        newUser("leider-banden", "Leider Banden", "LEADER");
        logIn("leider-banden");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Journeys and chains");

        page.navigate(url("/roadmap"));
        page.locator(".roadmap-bar[title^='Klantchatbot voor polisvragen']").click();
        assertThat(page).hasURL(Pattern.compile(".*/experiments/\\d+$"));
        page.locator("#edit-item").click();
        page.locator("#initiative-programme input").fill("routering");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Slimme routering van klantvragen"))
                .click();
        screenshot("experiment-form-programme-en");
        assertNoSeriousAccessibilityViolations();
        page.locator("#initiative-save").click();

        assertThat(page.locator("#explores-programme")).containsText("Slimme routering van klantvragen");
        screenshot("experiment-explores-en");
        assertNoSeriousAccessibilityViolations();
    }
}
