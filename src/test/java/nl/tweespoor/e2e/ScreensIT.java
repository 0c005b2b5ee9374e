package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every main screen opens, in Dutch and English, without serious accessibility faults; screenshots for review. */
class ScreensIT extends BrowserTest {

    @Test
    void login_page_offers_product_name_and_language_choice() {
        page.navigate(url("/login"));
        assertThat(page.locator("h1.login-title")).hasText("Tweespoor");
        screenshot("login-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void main_screens_open_without_serious_accessibility_faults() {
        logIn("leader");
        for (var path : new String[] {"/", "/experiments", "/programmes"}) {
            page.navigate(url(path));
            page.locator("vaadin-app-layout").waitFor();
            page.waitForLoadState();
            screenshot("screen" + path.replace('/', '-') + "nl");
            assertNoSeriousAccessibilityViolations();
        }
        page.navigate(url("/programmes"));
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Schadereis opnieuw ontworpen met AI")).first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/programmes/\\d+$"));
        assertThat(page.locator(".facts")).containsText("Schade binnen 48 uur afgehandeld");
        screenshot("programme-detail-nl");
        assertNoSeriousAccessibilityViolations();
    }
}
