package nl.tweespoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import nl.tweespoor.demo.DemoStoryForTests;
import nl.tweespoor.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the whole app on a random port with the demo data, driven by Playwright in Debian's
 * Chromium (never a downloaded browser). Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoStoryForTests.class)
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tweespoor.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = newPage();
    }

    /** A page in a browser context of its own: another user with their own session. Closed with the test's page. */
    Page newPage() {
        var fresh = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)).newPage();
        fresh.setDefaultTimeout(30_000);
        return fresh;
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logIn(String username) {
        logIn(page, username);
    }

    void logIn(Page on, String username) {
        on.navigate(url("/login"));
        on.locator("input[name=username]").fill(username);
        on.locator("input[name=password]").fill("demo");
        on.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        on.waitForURL(url("/"));
        on.locator("vaadin-side-nav").waitFor();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Serious and critical accessibility faults found by axe-core on the current page. */
    void assertNoSeriousAccessibilityViolations() {
        // A notification fading in or out has half its contrast for a moment: check the page once it is gone.
        page.locator("vaadin-notification-card").last().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED).setTimeout(10_000));
        var results = new AxeBuilder(page).exclude(List.of("copilot-main", "vaadin-dev-tools")).analyze();
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getTarget().toString()).toList())
                .toList();
        assertThat(serious).as("serious accessibility violations").isEmpty();
    }
}
