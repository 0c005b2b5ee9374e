package nl.tweespoor.dashboard.ui;

import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.ui.BudgetView;
import nl.tweespoor.review.ReviewState;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's review card links the running review, else the next planned one with its meeting date. */
@Transactional
class NextReviewCardTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void the_running_review_is_linked_and_has_no_meeting_line() {
        long running = db.fetchSingle(REVIEW, REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .getId();

        navigate(DashboardView.class);

        var card = $(Div.class).id("card-next-review");
        assertThat($(Anchor.class, card).single().getHref()).isEqualTo("reviews/" + running);
        assertThat(card.getElement().getTextRecursively()).doesNotContain("Vergadering op");
    }

    @Test
    @WithUserDetails("viewer")
    void a_planned_review_shows_its_meeting_date_in_the_users_language() {
        // The demo's running review, turned back into a planned one for this test only (rolled back).
        var meeting = LocalDate.now().plusDays(10);
        long planned = db.update(REVIEW)
                .set(REVIEW.STATUS, ReviewState.PLANNED.name())
                .set(REVIEW.MEETING_DATE, meeting)
                .where(REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .returning(REVIEW.ID)
                .fetchSingle(REVIEW.ID);

        // The dashboard is the start page, built before the change: open it afresh.
        navigate(BudgetView.class);
        navigate(DashboardView.class);

        var card = $(Div.class).id("card-next-review");
        assertThat($(Anchor.class, card).single().getHref()).isEqualTo("reviews/" + planned);
        assertThat(card.getElement().getTextRecursively())
                .contains("gepland")
                .contains("Vergadering op " + Formats.day(meeting, Translations.DUTCH) + ".");
    }
}
