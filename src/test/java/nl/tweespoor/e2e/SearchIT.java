package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the search field in the header, focused by Ctrl+K or "/" (not while typing elsewhere), opens the results
 * grouped by kind with the matched words marked; a result opens its item. In Dutch and in English, axe-clean.
 */
class SearchIT extends BrowserTest {

    @Test
    void ctrl_k_searches_from_the_header_and_a_result_opens_its_item_in_dutch() {
        logIn("viewer");
        page.navigate(url("/experiments"));
        page.locator("#header-search input").waitFor();

        page.keyboard().press("Control+k");
        assertThat(page.locator("#header-search input")).isFocused();
        page.keyboard().type("chatbots");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=chatbots$"));
        var experiments = page.locator("#search-group-experiment");
        assertThat(experiments).containsText("Experimenten");
        assertThat(experiments.locator("mark").first()).hasText(Pattern.compile("chatbot", Pattern.CASE_INSENSITIVE));
        screenshot("search-nl");
        assertNoSeriousAccessibilityViolations();

        experiments
                .locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("HR-chatbot"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/experiments/\\d+$"));
        assertThat(page.locator("body")).containsText("HR-chatbot voor verlof en regelingen");
    }

    @Test
    void slash_focuses_the_search_but_not_while_typing_in_a_field_in_english() {
        newUser("kijker-zoeken", "Kijker Zoeken", "VIEWER");
        logIn("kijker-zoeken");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Strategic goals");
        page.navigate(url("/search?q=notulist"));
        var field = page.locator("#search-query input");
        field.waitFor();

        // Typing "/" in the page's own field stays a character there.
        field.click();
        page.keyboard().press("End");
        page.keyboard().type("/");
        assertThat(field).hasValue("notulist/");
        assertThat(page.locator("#header-search input")).not().isFocused();

        // From the page itself, "/" goes to the header's field.
        page.locator("h2").first().click();
        page.keyboard().press("/");
        assertThat(page.locator("#header-search input")).isFocused();
        assertThat(page.locator("#header-search input")).hasValue("");

        assertThat(page.locator("#search-group-experiment")).containsText("Experiments");
        assertThat(page.locator("#search-group-experiment")).containsText("AI-notulist bij klantgesprekken");
        screenshot("search-en");
        assertNoSeriousAccessibilityViolations();
    }
}
