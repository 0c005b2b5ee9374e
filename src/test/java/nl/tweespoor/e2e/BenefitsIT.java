package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 in the browser: /benefits with its figures, trend and lists, and the ambition mirror on the dashboard, in
 * Dutch and English, without serious accessibility faults; screenshots of each.
 */
class BenefitsIT extends BrowserTest {

    @Test
    void benefits_and_the_ambition_mirror_in_dutch() {
        logIn("viewer");
        page.navigate(url("/benefits"));
        assertThat(page.locator("vaadin-side-nav")).containsText("Baten");
        assertThat(page.locator("#figure-fte")).containsText("Fte");
        waitForRows("#benefits-departments");
        waitForRows("#benefits-experiments");
        assertThat(page.locator("#adoption-trend tweespoor-chart svg").first()).isVisible();
        screenshot("benefits-nl");
        assertNoSeriousAccessibilityViolations();

        page.navigate(url("/"));
        var mirror = page.locator("#card-ambition-mirror");
        assertThat(mirror).containsText("Ontwerpen we onze toekomst of optimaliseren we ons verleden?");
        assertThat(mirror.locator("tweespoor-chart svg").first()).isVisible();
        mirror.locator("vaadin-details-summary").click();
        assertThat(mirror.locator(".chart-text li").first()).isVisible();
        mirror.scrollIntoViewIfNeeded();
        screenshot("dashboard-ambition-mirror-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void benefits_and_the_ambition_mirror_in_english() {
        // The language is a setting of the signed-in user: a viewer of this test only.
        newUser("baten-engels", "Baten Engels", "VIEWER");
        logIn("baten-engels");
        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Benefits");

        page.navigate(url("/benefits"));
        assertThat(page.locator("#figure-hours-year")).containsText("Hours saved per year");
        waitForRows("#benefits-goals");
        screenshot("benefits-en");
        assertNoSeriousAccessibilityViolations();

        page.navigate(url("/"));
        var mirror = page.locator("#card-ambition-mirror");
        assertThat(mirror).containsText("Are we designing our future or optimising our past?");
        mirror.scrollIntoViewIfNeeded();
        screenshot("dashboard-ambition-mirror-en");
        assertNoSeriousAccessibilityViolations();
    }
}
