package nl.tweespoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_TODO;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.review.ReviewState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader plans next quarter's review with a meeting date; an owner signs in, sees the bell's count, opens the to-do
 * list and follows a to-do to its item. In Dutch, then in English; axe-clean, screenshots.
 */
class RemindersIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Test
    void a_leader_plans_a_review_and_the_owner_finds_the_todo_under_the_bell() {
        // every demo update is older than the previous review (the one in progress), so every active item is due
        db.update(REVIEW)
                .set(REVIEW.OPENED_AT, OffsetDateTime.now().minusMinutes(1))
                .where(REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .execute();
        var next = Quarter.of(LocalDate.now()).plus(1).toString();
        var meeting = LocalDate.now().plusDays(10);

        logIn("leader");
        page.navigate(url("/reviews"));
        page.locator("#review-quarter").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(next))
                .click();
        page.locator("#review-meeting-date input").fill(dutch(meeting));
        page.locator("#review-meeting-date input").press("Enter");
        page.locator("#review-plan").click();
        assertThat(page).hasURL(Pattern.compile(".*/reviews/\\d+$"));
        assertThat(page.locator("#review-planned-note")).containsText("gepland op");
        assertThat(page.locator("#review-reschedule")).isVisible();
        long review = Long.parseLong(page.url().replaceAll(".*/reviews/", ""));
        assertThat(db.fetchValue(REVIEW.MEETING_DATE, REVIEW.ID.eq(review))).isEqualTo(meeting);
        screenshot("review-planned-nl");
        assertNoSeriousAccessibilityViolations();

        page.context().clearCookies();
        logIn("manager");
        int open = db.fetchCount(
                REVIEW_TODO,
                REVIEW_TODO.REVIEW_ID.eq(review),
                REVIEW_TODO.OWNER_ID.eq(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("manager"))));
        assertThat(open).isPositive();
        var bell = page.locator("#notification-bell");
        assertThat(bell.locator(".bell-count")).hasText(Integer.toString(open));
        assertThat(bell).hasAttribute("aria-label", open + " open taak/taken");
        screenshot("bell-nl");
        bell.click();
        assertThat(page).hasURL(Pattern.compile(".*/notifications$"));
        var firstItem = page.locator("#todo-list vaadin-grid-cell-content a").first();
        firstItem.waitFor();
        assertThat(page.locator("#todo-list vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(next))
                        .first())
                .isVisible();
        screenshot("todos-nl");
        assertNoSeriousAccessibilityViolations();
        var title = firstItem.textContent();
        firstItem.click();
        assertThat(page).hasURL(Pattern.compile(".*/(experiments|programmes)/\\d+$"));
        assertThat(page.locator("h2, h1")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                        .first())
                .isVisible();

        switchToEnglish();
        assertThat(page.locator("vaadin-side-nav")).containsText("Experiments");
        page.navigate(url("/notifications"));
        page.locator("#todo-list vaadin-grid-cell-content a").first().waitFor();
        assertThat(page.locator("#todo-email")).containsText("E-mail me reminders");
        assertThat(page.locator("#notification-bell")).hasAttribute("aria-label", open + " open to-do(s)");
        screenshot("todos-en");
        assertNoSeriousAccessibilityViolations();
    }

    private static String dutch(LocalDate day) {
        return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
    }
}
