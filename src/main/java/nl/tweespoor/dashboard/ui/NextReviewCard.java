package nl.tweespoor.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.tweespoor.dashboard.DashboardService;

/** The next or running quarterly review, or that none is planned. */
class NextReviewCard extends Card {

    NextReviewCard(DashboardService dashboard) {
        super("dashboard.next-review", "card-next-review");
        dashboard
                .nextReview()
                .ifPresentOrElse(
                        review -> add(new Paragraph(new Span(getTranslation(
                                "dashboard.review-line",
                                review.quarter(),
                                getTranslation("review.status." + review.status()))))),
                        () -> add(new Paragraph(getTranslation("dashboard.no-review"))));
    }
}
