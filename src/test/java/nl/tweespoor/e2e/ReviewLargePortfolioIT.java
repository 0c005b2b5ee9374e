package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import nl.tweespoor.review.LargeAgenda;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review meeting with 4,000 more items on the agenda: the grid pages as it scrolls, a decision far down the list
 * updates its row and the progress, in the demo's review in progress. On the class's own copy of the demo database
 * (FreshDatabasePerClass), so the generated items need no clearing up.
 */
class ReviewLargePortfolioIT extends BrowserTest {

    private static final String PREFIX = "Breed";

    @Autowired
    DSLContext db;

    private long review;

    @BeforeEach
    void largePortfolio() {
        LargeAgenda.addItems(db, PREFIX, 4000);
        review = db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle(REVIEW.ID);
    }

    @Test
    void a_leader_scrolls_a_review_of_thousands_of_items_and_decides_one_far_down() {
        int items = db.fetchCount(
                INITIATIVE,
                INITIATIVE
                        .STAGE
                        .in(Stage.ACTIVE)
                        .or(INITIATIVE.ID.in(db.select(REVIEW_DECISION.INITIATIVE_ID)
                                .from(REVIEW_DECISION)
                                .where(REVIEW_DECISION.REVIEW_ID.eq(review)))));
        int decided = db.fetchCount(REVIEW_DECISION, REVIEW_DECISION.REVIEW_ID.eq(review));
        logIn("leader");
        page.navigate(url("/reviews/" + review));
        var agenda = page.locator("#agenda");
        agenda.locator("vaadin-grid-cell-content").first().waitFor();
        assertThat(page.locator("#review-progress"))
                .hasText(dutch(decided) + " van " + dutch(items) + " items besloten.");
        screenshot("review-large-top");

        agenda.evaluate("grid => grid.scrollToIndex(3500)");
        waitForRows("#agenda");
        var farDown = agenda.locator(
                        "vaadin-grid-cell-content",
                        new Locator.LocatorOptions().setHasText(Pattern.compile("^" + PREFIX + " \\d{5}$")))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first();
        farDown.waitFor();
        var title = farDown.textContent().trim();
        farDown.click();
        assertThat(page.locator("#evidence-title"))
                .hasText(
                        title,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        page.locator(
                        "#decision vaadin-radio-button",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Bijsturen"))
                .locator("input")
                .check();
        page.locator("#reason textarea").fill("Meer gebruikers nodig.");
        page.locator("#conditions textarea").fill("Adoptie boven 40% volgend kwartaal.");
        page.locator("#record-decision").click();

        assertThat(page.locator("#review-progress"))
                .hasText(dutch(decided + 1) + " van " + dutch(items) + " items besloten.");
        org.assertj.core.api.Assertions.assertThat(db.fetchCount(
                        REVIEW_DECISION,
                        REVIEW_DECISION
                                .REVIEW_ID
                                .eq(review)
                                .and(REVIEW_DECISION.CONDITIONS.eq("Adoptie boven 40% volgend kwartaal."))))
                .isEqualTo(1);
        screenshot("review-large-decided");
    }

    /** Numbers as the Dutch progress line writes them (4.017). */
    private static String dutch(int number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl"))
                .format(number);
    }
}
