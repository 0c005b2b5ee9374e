package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: while someone proposes an experiment, the existing items like it appear beside the form once typing
 * pauses, with links that open in a new tab (the draft stays). In Dutch and in English, axe-clean.
 */
class SimilarDraftIT extends BrowserTest {

    @Test
    void typing_a_chatbot_title_shows_the_demo_chatbots_beside_the_form_in_dutch() {
        logIn("manager");
        page.navigate(url("/experiments"));
        page.locator("#create-item").click();
        var panel = page.locator("#draft-similar");
        assertThat(panel).containsText("Bestaat dit al?");
        assertThat(panel.locator("a")).hasCount(0);

        page.locator("#initiative-title input").pressSequentially("Chatbot voor klantvragen");

        assertThat(panel.locator("a", new Locator.LocatorOptions().setHasText("Klantchatbot voor polisvragen")))
                .isVisible();
        assertThat(panel.locator("a").first()).hasAttribute("target", "_blank");
        assertThat(page.locator("#draft-similar-summary")).containsText("afdelingen doen al iets vergelijkbaars");
        screenshot("similar-draft-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void typing_a_chatbot_title_shows_the_demo_chatbots_beside_the_form_in_english() {
        newUser("manager-similar", "Manager Similar", "PROGRAMME_MANAGER");
        logIn("manager-similar");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Strategic goals");
        page.navigate(url("/experiments"));
        page.locator("#create-item").click();
        var panel = page.locator("#draft-similar");
        assertThat(panel).containsText("Does this exist already?");

        page.locator("#initiative-title input").pressSequentially("Chatbot voor klantvragen");

        assertThat(panel.locator("a", new Locator.LocatorOptions().setHasText("HR-chatbot voor verlof en regelingen")))
                .isVisible();
        assertThat(page.locator("#draft-similar-summary")).containsText("departments already run something like this");
        screenshot("similar-draft-en");
        assertNoSeriousAccessibilityViolations();
    }
}
