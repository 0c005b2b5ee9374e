package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RoadmapIT extends BrowserTest {

    @Test
    void leader_filters_the_roadmap_on_a_department_and_opens_an_item_from_it() {
        logIn("leader");
        page.navigate(url("/roadmap"));
        assertThat(page.locator("#lane-personal")).containsText("Klantchatbot voor polisvragen");
        assertThat(page.locator("#lane-strategic")).containsText("Schadereis opnieuw ontworpen met AI");
        screenshot("roadmap-leader");

        page.locator("#roadmap-department input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Schadebehandeling"))
                .click();
        assertThat(page.locator("#lane-personal")).not().containsText("Klantchatbot voor polisvragen");
        assertThat(page.locator("#lane-personal")).containsText("Samenvattingen van schadedossiers");
        assertThat(page.locator("#lane-strategic")).containsText("Fraudedetectie bij schademeldingen");
        screenshot("roadmap-schadebehandeling");
        assertNoSeriousAccessibilityViolations();

        page.locator(".roadmap-bar[title^='Fraudedetectie bij schademeldingen']")
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/programmes/\\d+$"));
        assertThat(page.locator("h2.detail-title")).hasText("Fraudedetectie bij schademeldingen");
    }
}
