package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.governance.risk.RiskProfile;
import nl.tweespoor.governance.risk.RiskService;

/** Sets the item's AI risk class; a refused save keeps the dialog open with the user's input. */
class RiskClassDialog extends Dialog {

    final Select<RiskClass> riskClass = new Select<>();
    final TextArea justification = new TextArea();

    RiskClassDialog(RiskService service, RiskProfile profile, Runnable saved) {
        setHeaderTitle(getTranslation("risk.class.edit"));
        riskClass.setLabel(getTranslation("risk.class.label"));
        riskClass.setItems(RiskClass.values());
        riskClass.setItemLabelGenerator(c -> getTranslation("risk.class." + c.name()));
        riskClass.setValue(profile.riskClass());
        riskClass.setId("risk-class-select");
        justification.setLabel(getTranslation("field.risk-justification"));
        justification.setMaxLength(2000);
        justification.setValue(profile.justification() == null ? "" : profile.justification());
        justification.setId("risk-justification-field");
        showRules();
        riskClass.addValueChangeListener(e -> showRules());
        add(new FormLayout(riskClass, justification));
        var save = SaveButton.of(this, "risk-class-save", () -> service.classify(profile.initiativeId(),
                profile.itemVersion(), riskClass.getValue(), justification.getValue()), saved);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showRules() {
        var chosen = riskClass.getValue();
        riskClass.setHelperText(chosen == null ? null : getTranslation("risk.class." + chosen.name() + ".hint"));
        justification.setRequiredIndicatorVisible(chosen != null && chosen.needsJustification());
    }
}
