package nl.tweespoor.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import nl.tweespoor.base.ui.chart.Chart;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.ReviewHistory;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 15: /reviews makes the courage to stop visible — decisions by kind and budget released over the years. */
class ReviewsViewTest extends BrowserlessUiTest {

    @Autowired
    ReviewService reviews;

    @Test
    @WithUserDetails("viewer")
    void the_history_charts_every_closed_quarter_with_the_figures_also_as_a_table() {
        var history = reviews.history();
        navigate("reviews", ReviewsView.class);

        var section = $(ReviewHistorySection.class).single();
        var decisions = $(Chart.class).id("review-history-decisions");
        var released = $(Chart.class).id("review-history-released");
        var option = decisions.getElement().getAttribute("option");
        for (var quarter : history) {
            assertThat(option).contains("\"" + quarter.quarter() + "\"");
        }
        for (var decision : Decision.values()) {
            assertThat(option).contains(text("decision." + decision.name()));
        }
        assertThat(released.getElement().getAttribute("option")).contains(text("pack.budget-released"));

        var stopped = history.stream().mapToInt(h -> h.count(Decision.STOP)).sum();
        assertThat($(Paragraph.class, section).first().getText())
                .contains(history.getFirst().quarter(), history.getLast().quarter(), String.valueOf(stopped));
        var table = $(Details.class).id("review-history-table");
        // a header row and a row per closed quarter
        assertThat($(NativeTableRow.class, table).all()).hasSize(history.size() + 1);
        assertThat(history).extracting(ReviewHistory::quarter).isNotEmpty();
    }
}
