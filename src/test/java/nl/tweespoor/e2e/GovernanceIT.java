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

        page.locator("#principle-matrix a", new Page.LocatorOptions().setHasText("Proactieve klantenservice"))
                .click();
        assertThat(page.locator("#checklist-summary")).containsText("7 nog niet getoetst");
        page.locator("#move-pilot").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                        + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                .first()
                .click();
        assertThat(page.locator("#gate-refusal")).containsText("Nog niet getoetst: DATA-1");
        page.locator("#gate-override-reason textarea").waitFor();
        // Vaadin marks an overlay [opening] while it animates in: the screenshot waits for that to end.
        assertThat(page.locator("[opening]")).hasCount(0);
        screenshot("gate-refused");
        page.locator("#gate-override-reason textarea").fill("Kleine pilot met tien klanten; de toetsing loopt mee.");
        page.locator("#gate-override").click();
        assertThat(page.locator("#gate-overrides")).containsText("Kleine pilot met tien klanten");
        screenshot("gate-overridden");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void leader_opens_the_fragmentation_radar_and_follows_the_chatbot_group_to_an_item() {
        logIn("leader");
        page.navigate(url("/governance"));
        var chatbots = page.locator("article[data-group-key='USE:chatbot']");
        assertThat(chatbots.locator("h3")).hasText("Toepassing: Chatbot (3 afdelingen)");
        assertThat(chatbots).containsText("Marketing");
        assertThat(chatbots).containsText("DATA-1");
        assertThat(page.locator("#risk-portfolio")).containsText("Fraudedetectie bij schademeldingen");
        screenshot("governance");
        page.locator("#risk-portfolio").scrollIntoViewIfNeeded();
        screenshot("governance-risk-classes");
        assertNoSeriousAccessibilityViolations();

        chatbots.locator(
                        "a",
                        new com.microsoft.playwright.Locator.LocatorOptions()
                                .setHasText("Klantchatbot voor polisvragen"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/experiments/\\d+$"));
        assertThat(page.locator("h2.detail-title")).hasText("Klantchatbot voor polisvragen");
        assertThat(page.locator("#item-fragmentation")).containsText("HR-chatbot voor verlof en regelingen");
        assertThat(page.locator("#principle-checklist")).containsText("DATA-1");
        page.locator("#principle-checklist").scrollIntoViewIfNeeded();
        screenshot("chatbot-item");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void leader_sees_the_text_group_of_the_chatbots_and_adds_and_removes_a_tool_alias() {
        logIn("leader");
        page.navigate(url("/governance"));
        var byTitle = page.locator("article[data-group-key='TEXT:chatbot']");
        assertThat(byTitle.locator("h3")).hasText("Titels met \u201echatbot\u201d (2 afdelingen)");
        byTitle.scrollIntoViewIfNeeded();
        screenshot("governance-text-group");

        var aliases = page.locator("#tool-aliases");
        aliases.scrollIntoViewIfNeeded();
        page.locator("#tool-alias-alias input").fill("Zendesk");
        page.locator("#tool-alias-canonical input").fill("Zendesk AI");
        page.locator("#tool-alias-add").click();
        assertThat(page.locator("#tool-aliases-count")).hasText("1 alias");
        assertThat(aliases.locator(
                        "vaadin-grid-cell-content",
                        new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Zendesk AI")))
                .not()
                .hasCount(0);
        screenshot("governance-tool-aliases");
        assertNoSeriousAccessibilityViolations();

        page.locator("vaadin-button[aria-label='Alias Zendesk verwijderen']").click();
        assertThat(page.locator("#tool-aliases-count")).hasText("Geen aliassen");
    }
}
