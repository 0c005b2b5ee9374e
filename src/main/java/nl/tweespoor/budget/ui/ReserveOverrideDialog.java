package nl.tweespoor.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.budget.ReserveRefusedException;
import nl.tweespoor.budget.ReserveService;

/**
 * Shown to a leader when an optimise plan was refused because it eats into the year's redesign reserve: it says how
 * much room is left and lets the leader save the plan anyway with a reason, kept in the overrides and the audit log.
 * A refused override (no reason, too long) keeps the dialog open with the reason typed.
 */
class ReserveOverrideDialog extends Dialog {

    ReserveOverrideDialog(ReserveRefusedException refusal, Consumer<String> overrideWithReason) {
        setHeaderTitle(getTranslation("reserve.override.title"));
        var message = new Paragraph(ErrorMessages.text(refusal));
        message.setId("reserve-refusal");
        var reason = new TextArea(getTranslation("reserve.override.reason"));
        reason.setHelperText(getTranslation("reserve.override.help"));
        reason.setRequired(true);
        reason.setMaxLength(ReserveService.MAX_OVERRIDE_REASON);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setId("reserve-override-reason");
        var override = new Button(getTranslation("reserve.override.action"), e -> {
            if (Actions.attempt(
                    () -> overrideWithReason.accept(reason.getValue()), getTranslation("reserve.override.saved"))) {
                close();
            }
        });
        override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        override.setId("reserve-override");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("reserve-override-cancel");
        add(message, reason);
        getFooter().add(cancel, override);
        setWidth("min(36rem, 96vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
