package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Governance as a leader walks it: the principles catalogue and matrix, a checklist, and overriding the gate. */
class GovernanceIT extends BrowserTest {

    @Test
    void leader_reads_the_principles_and_matrix_and_overrides_a_closed_gate_with_a_reason() {
        logIn("leader");
        page.navigate(url("/principles"));
        assertThat(page.locator("#principles-grid")).containsText("Klantdata blijft in de EU");
        screenshot("principles");
        assertNoSeriousAccessibilityViolations();

        page.locator("#nav-matrix").click();
        assertThat(page.locator("#principle-matrix")).containsText("Fraudedetectie bij schademeldingen");
        screenshot("principles-matrix");
        assertNoSeriousAccessibilityViolations();

        page.locator("#principle-matrix a", new Page.LocatorOptions().setHasText("Proactieve klantenservice")).click();
        assertThat(page.locator("#checklist-summary")).containsText("7 nog niet getoetst");
        page.locator("#move-pilot").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        assertThat(page.locator("#gate-refusal")).containsText("Nog niet getoetst: DATA-1");
        screenshot("gate-refused");
        page.locator("#gate-override-reason textarea").fill("Kleine pilot met tien klanten; de toetsing loopt mee.");
        page.locator("#gate-override").click();
        assertThat(page.locator("#gate-overrides")).containsText("Kleine pilot met tien klanten");
        screenshot("gate-overridden");
        assertNoSeriousAccessibilityViolations();
    }
}
