package nl.tweespoor.review.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.review.ReviewClosing;
import nl.tweespoor.review.ReviewRow;

/** Asks before closing a review; once closed, says how much budget was released and tells the page. */
class CloseReviewDialog extends ConfirmDialog {

    CloseReviewDialog(ReviewClosing closing, ReviewRow review, Runnable closed) {
        setHeader(getTranslation("review.close"));
        setText(getTranslation("review.close-confirm", review.quarter()));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setConfirmText(getTranslation("review.close"));
        addConfirmListener(e -> Actions.resultOf(() -> closing.close(review.id()))
                .ifPresent(released -> {
                    ErrorMessages.success(
                            getTranslation("review.closed-message", Formats.euros(released, getLocale())));
                    closed.run();
                }));
    }
}
