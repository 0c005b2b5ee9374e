package nl.tweespoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * What a first-time visitor notices before reading anything: a page that stays where it appeared (cumulative layout
 * shift, summed over every shift the page makes while it loads, which is stricter than Lighthouse's worst window), a
 * main landmark around the content, and the product's icon in the tab.
 */
class FirstImpressionIT extends BrowserTest {

    private static final String MEASURE_LAYOUT_SHIFT = "window.__layoutShift = 0;"
            + "new PerformanceObserver(list => { for (const entry of list.getEntries()) {"
            + " if (!entry.hadRecentInput) { window.__layoutShift += entry.value; } } })"
            + ".observe({ type: 'layout-shift', buffered: true });";

    @Test
    void main_views_do_not_move_after_they_first_paint() {
        logIn("leader");
        page.context().addInitScript(MEASURE_LAYOUT_SHIFT);
        for (var path : new String[] {
            "/",
            "/experiments",
            "/programmes",
            "/goals",
            "/roadmap",
            "/budget",
            "/priorities",
            "/reviews",
            "/governance",
            "/principles/matrix",
            "/my-items",
            "/adoption",
            "/audit"
        }) {
            page.navigate(url(path));
            page.locator("vaadin-app-layout main").waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            settle();
            var shift = ((Number) page.evaluate("() => window.__layoutShift")).doubleValue();
            assertThat(shift).as("cumulative layout shift of %s", path).isLessThanOrEqualTo(0.05);
        }
    }

    @Test
    void every_main_view_has_one_main_landmark_around_its_content() {
        logIn("leader");
        for (var path : new String[] {"/", "/experiments", "/budget", "/reviews"}) {
            page.navigate(url(path));
            page.locator("vaadin-app-layout main").waitFor();
            assertThat(page.locator("main").count())
                    .as("main landmarks on %s", path)
                    .isEqualTo(1);
            assertThat(page.locator("main h2, main vaadin-grid, main .dashboard, main section")
                            .count())
                    .as("content inside the main landmark of %s", path)
                    .isPositive();
        }
    }

    @Test
    void the_product_icon_and_its_manifest_are_served_to_anyone() {
        var icon = page.request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/");
        page.navigate(url("/login"));
        var linked = page.locator("link[rel=icon]").first().getAttribute("href");
        assertThat(page.request().get(url("/" + linked.replaceFirst("^/", ""))).status())
                .isEqualTo(200);
        var manifestHref = page.locator("link[rel=manifest]").getAttribute("href");
        var manifest = page.request().get(url("/" + manifestHref.replaceFirst("^/", "")));
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.text()).contains("\"name\": \"Tweespoor\"");
    }

    /** Two animation frames: a shift caused by the last response is recorded by then. */
    private void settle() {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
