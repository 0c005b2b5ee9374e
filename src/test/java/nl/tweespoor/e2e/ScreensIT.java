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
    void the_side_navigation_moves_through_the_router_and_marks_the_current_view() {
        logIn("leader");
        page.navigate(url("/"));
        var nav = page.locator("vaadin-side-nav");
        var dashboard = nav.locator("vaadin-side-nav-item[path='']");
        assertThat(dashboard).hasAttribute("current", "");

        nav.locator("vaadin-side-nav-item[path='budget']").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/budget$"));
        assertThat(page.locator("h1.view-title")).hasText("Budget");
        assertThat(nav.locator("vaadin-side-nav-item[path='budget']")).hasAttribute("current", "");
        assertThat(dashboard).not().hasAttribute("current", "");
        // the icons are the iconset's, drawn (an empty vaadin-icon has no svg path)
        assertThat(nav.locator("vaadin-side-nav-item[path='budget'] vaadin-icon"))
                .hasAttribute("icon", "vaadin:euro");
        screenshot("side-nav-budget-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void main_screens_open_without_serious_accessibility_faults() {
        logIn("leader");
        for (var path : new String[] {
            "/",
            "/experiments",
            "/programmes",
            "/goals",
            "/roadmap",
            "/adoption",
            "/budget",
            "/priorities",
            "/reviews",
            "/my-items",
            "/audit",
            "/principles/matrix"
        }) {
            page.navigate(url(path));
            page.locator("vaadin-app-layout").waitFor();
            page.waitForLoadState();
            screenshot("screen" + path.replace('/', '-') + "nl");
            assertNoSeriousAccessibilityViolations();
        }
        // The list's stage and signal badges are drawn by the browser (Lit renderers): they must show, with text.
        page.navigate(url("/experiments"));
        var badges = page.locator("vaadin-grid-cell-content .badge-row .badge:not([hidden])");
        assertThat(badges.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Loopt"))
                        .first())
                .isVisible();
        assertThat(badges.filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText(java.util.regex.Pattern.compile("^(Groen|Oranje|Rood)$")))
                        .first())
                .isVisible();
        page.navigate(url("/programmes"));
        page.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Schadereis opnieuw ontworpen met AI"))
                .first()
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/programmes/\\d+$"));
        assertThat(page.locator(".facts")).containsText("Schade binnen 48 uur afgehandeld");
        assertThat(page.locator(".plan-panel").first()).containsText("Pilot regio Noord live");
        screenshot("programme-detail-nl");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void screens_speak_english_after_switching_language() {
        // A viewer of this test only: the language is a setting of the signed-in user.
        newUser("kijker-engels", "Kijker Engels", "VIEWER");
        logIn("kijker-engels");
        page.locator("vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Taal"))
                .click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Experiments");
        for (var path : new String[] {
            "/",
            "/experiments",
            "/programmes",
            "/goals",
            "/roadmap",
            "/adoption",
            "/budget",
            "/priorities",
            "/reviews",
            "/principles",
            "/principles/matrix",
            "/governance"
        }) {
            page.navigate(url(path));
            page.locator("vaadin-app-layout").waitFor();
            page.waitForLoadState();
            screenshot("screen" + path.replace('/', '-') + "en");
            assertNoSeriousAccessibilityViolations();
        }
        // The review meeting's page, as a viewer follows it.
        page.navigate(url("/reviews"));
        page.locator(
                        "#review-list vaadin-grid-cell-content",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("in progress"))
                .first()
                .click();
        assertThat(page.locator("h2.detail-title")).containsText("Quarterly review");
        screenshot("screen-review-in-progress-en");
        assertNoSeriousAccessibilityViolations();
        // And back: the switch works both ways.
        page.locator("vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Language"))
                .click();
        page.locator(
                        "vaadin-menu-bar-item",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Nederlands"))
                .click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Experimenten");
    }
}
