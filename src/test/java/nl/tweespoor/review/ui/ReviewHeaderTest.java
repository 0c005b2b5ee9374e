package nl.tweespoor.review.ui;

import static nl.tweespoor.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.support.BrowserlessUiTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The top of the meeting page: title, board pack, and closing only after the leader confirms. */
class ReviewHeaderTest extends BrowserlessUiTest {

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService reviews;

    @Test
    @WithUserDetails("leader")
    void the_header_names_the_quarter_and_offers_the_board_pack_as_a_pdf_and_a_powerpoint_download() {
        var review = reviews.review(openReview());
        navigate("reviews/" + review.id(), ReviewDetailView.class);

        assertThat($(H2.class).single().getText()).isEqualTo(text("review.title", review.quarter()));
        var link = $(Anchor.class).id("board-pack");
        assertThat(link.getText()).isEqualTo(text("review.board-pack"));
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(link.getHref()).isNotBlank();
        var slides = $(Anchor.class).id("board-pack-pptx");
        assertThat(slides.getText()).isEqualTo(text("review.board-pack-pptx"));
        assertThat(slides.getElement().hasAttribute("download")).isTrue();
        assertThat(slides.getHref()).isNotBlank().isNotEqualTo(link.getHref());
    }

    @Test
    @WithUserDetails("leader")
    void closing_asks_first_and_cancelling_leaves_the_review_open() {
        var review = reviews.review(openReview());
        navigate("reviews/" + review.id(), ReviewDetailView.class);

        test($(Button.class).id("review-close")).click();
        var dialog = test($(ConfirmDialog.class).single());
        assertThat(dialog.getHeader()).isEqualTo(text("review.close"));
        assertThat(dialog.getText()).isEqualTo(text("review.close-confirm", review.quarter()));
        dialog.cancel();

        assertThat(reviews.review(review.id()).closed()).isFalse();
        assertThat($(Button.class).withId("review-close").exists()).isTrue();
    }

    private long openReview() {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle()
                .value1();
    }
}
