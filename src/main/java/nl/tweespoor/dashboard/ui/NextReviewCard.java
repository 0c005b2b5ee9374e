package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.dashboard.DashboardService;
import nl.tweespoor.dashboard.NextReview;

/** The running quarterly review, else the next planned one with its meeting date, linked; or that none is planned. */
class NextReviewCard extends Card {

    NextReviewCard(DashboardService dashboard) {
        super("dashboard.next-review", "card-next-review");
        dashboard
                .nextReview()
                .ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("dashboard.no-review"))));
    }

    private void show(NextReview review) {
        add(new Paragraph(new Anchor(
                "reviews/" + review.id(),
                getTranslation(
                        "dashboard.review-line",
                        review.quarter(),
                        getTranslation("review.status." + review.status())))));
        if (review.meetingDate() != null) {
            add(new Paragraph(
                    getTranslation("dashboard.review-meeting", Formats.day(review.meetingDate(), getLocale()))));
        }
    }
}
