package nl.tweespoor.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Objects;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.review.ReviewRow;
import nl.tweespoor.review.ReviewService;

/** A planned review's meeting date, and for leaders the form that moves it (against the version they saw). */
class PlannedMeeting extends VerticalLayout {

    PlannedMeeting(ReviewService service, ReviewRow review, Runnable moved) {
        setPadding(false);
        var date = Objects.requireNonNull(review.meetingDate(), "a planned review has a meeting date");
        var note = new Paragraph(getTranslation("review.planned-note", Formats.day(date, getLocale())));
        note.setId("review-planned-note");
        add(note);
        if (!service.mayDecide()) {
            return;
        }
        var picker = new DatePicker(getTranslation("review.meeting-date"), date);
        picker.setLocale(getLocale());
        picker.setMin(LocalDate.now());
        picker.setId("review-meeting-date");
        var move = new Button(getTranslation("review.reschedule"), e -> {
            var chosen = picker.getValue();
            var message = chosen == null
                    ? ""
                    : getTranslation("review.rescheduled-message", Formats.day(chosen, getLocale()));
            if (Actions.attempt(() -> service.reschedule(review.id(), review.version(), chosen), message)) {
                moved.run();
            }
        });
        move.setId("review-reschedule");
        var form = new HorizontalLayout(picker, move);
        form.setAlignItems(FlexComponent.Alignment.END);
        add(form);
    }
}
