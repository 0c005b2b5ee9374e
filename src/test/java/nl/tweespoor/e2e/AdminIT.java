package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.INITIATIVE;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administration as an admin walks it, with a second browser for the user whose session must end. */
class AdminIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Test
    void admin_deactivates_a_signed_in_user_whose_session_ends_at_once() {
        newUser("tijdelijk", "Tijdelijke Kijker", "VIEWER");
        var other = newPage();
        try {
            logIn(other, "tijdelijk");

            logIn("admin");
            page.navigate(url("/admin/users"));
            page.locator("#users-filter input").fill("tijdelijk");
            assertThat(page.locator("#users-grid")).containsText("Tijdelijke Kijker");
            screenshot("admin-users");
            assertNoSeriousAccessibilityViolations();
            page.locator("vaadin-button[aria-label='Deactiveren: tijdelijk']:visible")
                    .first()
                    .click();
            page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                            + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                    .first()
                    .click();
            assertThat(page.locator("#users-grid")).containsText("Gedeactiveerd");

            other.navigate(url("/experiments"));
            assertThat(other).hasURL(Pattern.compile(".*/login.*"));
            logInFails(other, "tijdelijk");
        } finally {
            other.context().close();
        }
    }

    @Test
    void admin_keeps_the_organisation_settings_and_departments() {
        // An admin of this test only: the language is a setting of the signed-in user.
        newUser("beheerder-engels", "Beheerder Engels", "ADMIN");
        logIn("beheerder-engels");
        page.navigate(url("/admin/settings"));
        assertThat(page.locator("#settings-name input")).hasValue("Noordzee Verzekeringen");
        assertThat(page.locator("#departments-grid")).containsText("Klantenservice");
        screenshot("admin-settings");
        assertNoSeriousAccessibilityViolations();

        switchLanguage("Taal", "English", "Settings");
        page.navigate(url("/admin/settings"));
        assertThat(page.locator("#departments-grid")).containsText("Klantenservice");
        screenshot("admin-settings-en");
        assertNoSeriousAccessibilityViolations();
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#users-grid")).containsText("Victor Smit");
        screenshot("admin-users-en");
        assertNoSeriousAccessibilityViolations();
        long chatbot = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Klantchatbot voor polisvragen"))
                .fetchSingle()
                .value1();
        page.navigate(url("/experiments/" + chatbot));
        assertThat(page.locator("#item-risk")).containsText("Risk register");
        page.locator("#principle-checklist").scrollIntoViewIfNeeded();
        screenshot("item-governance-en");
        assertNoSeriousAccessibilityViolations();
        // And back: the switch works both ways.
        switchLanguage("Language", "Nederlands", "Instellingen");
    }

    /** Switches through the user menu and waits for the reloaded page to show the menu in that language. */
    private void switchLanguage(String menu, String language, String settingsInMenu) {
        page.locator("vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText(menu))
                .click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText(language))
                .click();
        assertThat(page.locator("vaadin-side-nav")).containsText(settingsInMenu);
    }

    private void logInFails(Page on, String username) {
        submitLogin(on, username, "demo");
        assertThat(on).hasURL(Pattern.compile(".*/login\\?error.*"));
    }
}
