package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.initiative.StageGate;

/**
 * Shown to a leader when the governance gate refused a programme move that may be overridden: it says what is
 * missing and lets the leader move anyway with a reason, which is kept with the item and in the audit log.
 */
class GateOverrideDialog extends Dialog {

    GateOverrideDialog(GateRefusedException refusal, Consumer<String> overrideWithReason) {
        setHeaderTitle(getTranslation("gate.refused-title"));
        var missing = new Paragraph(ErrorMessages.text(refusal));
        missing.setId("gate-refusal");
        var reason = new TextArea(getTranslation("gate.override-reason"));
        reason.setHelperText(getTranslation("gate.override-help"));
        reason.setRequired(true);
        reason.setMaxLength(StageGate.MAX_OVERRIDE_REASON);
        reason.setWidthFull();
        reason.setId("gate-override-reason");
        var override = new Button(getTranslation("gate.override-action"), e -> {
            if (Actions.attempt(() -> overrideWithReason.accept(reason.getValue()))) {
                close();
            }
        });
        override.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        override.setId("gate-override");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(missing, reason);
        getFooter().add(cancel, override);
        setWidth("min(36rem, 96vw)");
    }
}
