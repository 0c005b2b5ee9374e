package nl.tweespoor.e2e;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;
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
import java.util.concurrent.CopyOnWriteArrayList;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the browser tests: the whole app on a random port with the demo data (a fresh copy for each test class, see
 * FreshDatabasePerClass), driven by Playwright in Debian's
 * Chromium (never a downloaded browser). Screenshots go to target/screenshots. Every page reports the
 * Content-Security-Policy violations it sees (securitypolicyviolation events and the browser's console); a test
 * whose pages saw one fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    Page page;

    /** What the test's pages reported as CSP violations; checked after each test. */
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("tweespoor.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
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
        return newPage(Map.of());
    }

    /** A page of its own whose requests carry these headers too (e.g. X-Forwarded-For as a proxy would add). */
    Page newPage(Map<String, String> headers) {
        var context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setExtraHTTPHeaders(headers));
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.effectiveDirective + ' blocked ' + e.blockedURI))");
        var fresh = context.newPage();
        fresh.onConsoleMessage(message -> {
            var text = message.text();
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")) {
                cspViolations.add(fresh.url() + ": " + text);
            }
        });
        fresh.setDefaultTimeout(30_000);
        return fresh;
    }

    @AfterEach
    void closePage() {
        page.context().close();
        assertThat(cspViolations)
                .as("Content-Security-Policy violations seen by the test's pages")
                .isEmpty();
    }

    /**
     * A user of this test only, signing in with the demo password (its hash copied from the viewer): a test that
     * changes a user's own settings, or the user, does it to one of its own.
     */
    long newUser(String username, String displayName, String role) {
        var db = applicationContext.getBean(DSLContext.class);
        var hash = db.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("viewer"))
                .fetchSingle()
                .value1();
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.LOCALE, "nl")
                .returning(APP_USER.ID)
                .fetchSingle()
                .getId();
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, role)
                .execute();
        return id;
    }

    /** The signed-in user switches the UI to English from the user menu (a setting of theirs, kept for good). */
    void switchToEnglish() {
        page.locator("vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Taal"))
                .click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("English"))
                .click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logIn(String username) {
        logIn(page, username);
    }

    void logIn(Page on, String username) {
        on.navigate(url("/login"));
        submitLogin(on, username, "demo");
        on.waitForURL(url("/"));
        on.locator("vaadin-side-nav").waitFor();
    }

    /** Fills in and sends the login form of the page showing it. */
    static void submitLogin(Page on, String username, String password) {
        on.locator("input[name=username]").fill(username);
        on.locator("input[name=password]").fill(password);
        on.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }

    /**
     * Waits until the lazy grid has its rows for what it shows: after a scroll its cells are rebound as the page of
     * rows arrives, and a click before that can land on a cell that is about to show another item.
     */
    void waitForRows(String gridSelector) {
        // Two frames first: the grid asks for the rows of its new range in the frame after the scroll.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction(
                "selector => { const grid = document.querySelector(selector);"
                        + " return grid && !grid.loading && !grid.hasAttribute('loading'); }",
                gridSelector);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Serious and critical accessibility faults found by axe-core on the current page. */
    void assertNoSeriousAccessibilityViolations() {
        // A notification fading in or out has half its contrast for a moment: check the page once it is gone.
        page.locator("vaadin-notification-card")
                .last()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED)
                        .setTimeout(10_000));
        var results = new AxeBuilder(page)
                .exclude(List.of("copilot-main", "vaadin-dev-tools"))
                .analyze();
        var serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget().toString())
                                .toList())
                .toList();
        assertThat(serious).as("serious accessibility violations").isEmpty();
    }
}
