package nl.tweespoor.e2e;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Headers and cookies on real HTTP responses (also as a proxy would forward an https request), the CSP watch of
 * BrowserTest, sign-in throttling per client address through the real login page, and the forced password change
 * in a real session.
 */
class SignInSecurityIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwordEncoder;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void responses_carry_the_security_headers() throws Exception {
        var response = get("/login", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Security-Policy"))
                .contains(
                        "default-src 'self'",
                        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "style-src 'self' 'unsafe-inline'",
                        "object-src 'none'",
                        "frame-ancestors 'none'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void the_session_cookie_is_lax_and_http_only_and_secure_only_over_https() throws Exception {
        var plain = sessionCookie(get("/login", Map.of()));
        assertThat(plain)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");

        var proxied = get("/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(proxied)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(header(proxied, "Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void a_page_that_breaks_the_policy_is_caught() {
        page.navigate(url("/login"));
        page.locator("input[name=username]").waitFor();

        page.evaluate("() => { const img = document.createElement('img'); "
                + "img.src = 'https://elsewhere.invalid/pixel.png'; document.body.appendChild(img); }");

        page.waitForCondition(() -> !cspViolations.isEmpty());
        assertThat(cspViolations).anyMatch(violation -> violation.contains("img-src"));
        // The browser may still report the same violation: close the page before forgetting what it reported.
        page.context().close();
        cspViolations.clear();
        page = newPage();
    }

    @Test
    void failed_sign_ins_from_one_address_lock_only_that_address() {
        var attacker = newPage(Map.of("X-Forwarded-For", "203.0.113.66"));
        var user = newPage(Map.of("X-Forwarded-For", "198.51.100.77"));
        try {
            attacker.navigate(url("/login"));
            for (int i = 0; i < 5; i++) {
                submit(attacker, "viewer", "wrong-password-" + i);
            }
            submit(attacker, "viewer", "demo");
            PlaywrightAssertions.assertThat(attacker.getByText(
                                    "Inloggen vanaf dit adres is een paar minuten geblokkeerd",
                                    new Page.GetByTextOptions().setExact(false))
                            .first())
                    .isVisible();
            attacker.screenshot(
                    new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "login-locked.png")));

            logIn(user, "viewer");
        } finally {
            attacker.context().close();
            user.context().close();
        }
    }

    @Test
    void a_user_with_a_temporary_password_changes_it_and_has_their_roles_in_the_same_session() {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, "nieuwe-leider")
                .set(APP_USER.DISPLAY_NAME, "Nieuwe Leider")
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("tijdelijk-wachtwoord1"))
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .returning(APP_USER.ID)
                .fetchSingle()
                .getId();
        db.insertInto(USER_ROLE)
                .set(USER_ROLE.USER_ID, id)
                .set(USER_ROLE.ROLE, "LEADER")
                .execute();
        page.navigate(url("/login"));
        submitLogin(page, "nieuwe-leider", "tijdelijk-wachtwoord1");

        page.locator("#password-current input").fill("tijdelijk-wachtwoord1");
        page.locator("#password-new input").fill("leiders-kiezen-zelf");
        page.locator("#password-repeat input").fill("leiders-kiezen-zelf");
        page.locator("#password-submit").click();
        page.locator("vaadin-side-nav").waitFor();

        // A new request: the session kept the refreshed sign-in, roles included (the audit log is for leaders).
        page.navigate(url("/audit"));
        PlaywrightAssertions.assertThat(page).hasURL(url("/audit"));
        PlaywrightAssertions.assertThat(page.locator("#audit-grid")).isVisible();
    }

    private static void submit(Page on, String username, String password) {
        submitLogin(on, username, password);
        on.waitForURL(Pattern.compile(".*/login\\?error.*"));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(missing)");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("(no session cookie)");
    }
}
