package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.governance.risk.RiskProfile;
import nl.tweespoor.governance.risk.RiskService;

/**
 * Sets the item's AI risk class; a refused save keeps the dialog open with the user's input. Owners are offered the
 * current class and higher ones; a leader choosing a lower class is asked for the reason.
 */
class RiskClassDialog extends Dialog {

    final Select<RiskClass> riskClass = new Select<>();
    final TextArea justification = new TextArea();
    final TextArea loweringReason = new TextArea();
    private final RiskClass current;

    RiskClassDialog(RiskService service, RiskProfile profile, Runnable saved) {
        current = profile.riskClass();
        setHeaderTitle(getTranslation("risk.class.edit"));
        riskClass.setLabel(getTranslation("risk.class.label"));
        riskClass.setItems(Arrays.stream(RiskClass.values())
                .filter(c -> profile.mayLower() || c.compareTo(current) >= 0)
                .toList());
        riskClass.setItemLabelGenerator(c -> getTranslation("risk.class." + c.name()));
        riskClass.setValue(current);
        riskClass.setId("risk-class-select");
        justification.setLabel(getTranslation("field.risk-justification"));
        justification.setMaxLength(RiskClass.MAX_JUSTIFICATION);
        justification.setValue(profile.justification() == null ? "" : profile.justification());
        justification.setId("risk-justification-field");
        loweringReason.setLabel(getTranslation("field.risk-lowering-reason"));
        loweringReason.setHelperText(getTranslation("risk.lowering-reason-hint"));
        loweringReason.setMaxLength(RiskClass.MAX_JUSTIFICATION);
        loweringReason.setRequiredIndicatorVisible(true);
        loweringReason.setId("risk-lowering-reason-field");
        showRules();
        riskClass.addValueChangeListener(e -> showRules());
        add(new FormLayout(riskClass, justification, loweringReason));
        var save = SaveButton.of(
                this,
                "risk-class-save",
                () -> service.classify(
                        profile.initiativeId(),
                        profile.itemVersion(),
                        riskClass.getValue(),
                        justification.getValue(),
                        loweringReason.getValue()),
                saved);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showRules() {
        var chosen = riskClass.getValue();
        riskClass.setHelperText(chosen == null ? null : getTranslation("risk.class." + chosen.name() + ".hint"));
        justification.setRequiredIndicatorVisible(chosen != null && chosen.needsJustification());
        loweringReason.setVisible(chosen != null && chosen.compareTo(current) < 0);
    }
}
