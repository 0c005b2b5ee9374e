package nl.tweespoor.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.review.AgendaService;
import nl.tweespoor.review.DecisionDraft;

/**
 * "Continue every undecided item without flags": says how many items it will decide and asks for the one reason
 * they share. If the number changed before the leader confirms, it shows the new number and keeps the reason.
 */
class BulkContinueDialog extends Dialog {

    private final AgendaService agenda;
    private final long reviewId;
    private final Runnable done;
    private final Paragraph text = new Paragraph();
    private final TextArea reason = new TextArea();
    private final Button confirm = new Button();
    private int count;

    BulkContinueDialog(AgendaService agenda, long reviewId, int count, Runnable done) {
        this.agenda = agenda;
        this.reviewId = reviewId;
        this.done = done;
        setHeaderTitle(getTranslation("review.bulk-title"));
        setId("bulk-dialog");
        text.setId("bulk-text");
        reason.setLabel(getTranslation("field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(DecisionDraft.MAX_TEXT);
        reason.setWidthFull();
        reason.setId("bulk-reason");
        add(text, reason);
        setWidth("32rem");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("bulk-confirm");
        confirm.addClickListener(e -> confirm());
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        show(count);
    }

    private void show(int items) {
        count = items;
        text.setText(getTranslation("review.bulk-text", items));
        confirm.setText(getTranslation("review.bulk-confirm", items));
    }

    private void confirm() {
        Actions.resultOf(() -> agenda.continueUnflagged(reviewId, reason.getValue(), count), changed -> {
                    // The agenda changed since the dialog counted: say so and show the new count.
                    ErrorMessages.show(changed);
                    show(agenda.countContinuable(reviewId));
                })
                .ifPresent(decided -> {
                    ErrorMessages.success(getTranslation("review.bulk-done", decided));
                    close();
                    done.run();
                });
    }
}
