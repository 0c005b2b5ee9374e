package nl.tweespoor.governance.risk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.governance.risk.RiskDraft;
import nl.tweespoor.governance.risk.RiskService;
import nl.tweespoor.governance.risk.RiskStatus;
import org.jspecify.annotations.Nullable;

/** Adds or edits one risk of the register (its status included) or deletes it. */
class RiskDialog extends Dialog {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    final TextArea description = new TextArea();
    final Select<Integer> likelihood = scale("field.risk-likelihood", "risk.likelihood.");
    final Select<Integer> impact = scale("field.risk-impact", "risk.impact.");
    final TextArea mitigation = new TextArea();
    final TextField owner = new TextField();
    final Select<RiskStatus> status = new Select<>();
    private final Paragraph score = new Paragraph();

    /** {@code riskId} null adds a new risk to the item. */
    RiskDialog(
            RiskService service,
            long initiativeId,
            @Nullable Long riskId,
            RiskDraft draft,
            int version,
            Runnable saved) {
        setHeaderTitle(getTranslation(riskId == null ? "risk.add" : "risk.edit-title"));
        description.setLabel(getTranslation("field.risk-description"));
        description.setRequired(true);
        description.setMaxLength(RiskDraft.MAX_DESCRIPTION);
        description.setValue(draft.description() == null ? "" : draft.description());
        description.setId("risk-description");
        likelihood.setValue(draft.likelihood());
        likelihood.setId("risk-likelihood");
        impact.setValue(draft.impact());
        impact.setId("risk-impact");
        mitigation.setLabel(getTranslation("field.risk-mitigation"));
        mitigation.setMaxLength(RiskDraft.MAX_MITIGATION);
        mitigation.setValue(draft.mitigation() == null ? "" : draft.mitigation());
        owner.setLabel(getTranslation("field.risk-owner"));
        owner.setMaxLength(RiskDraft.MAX_OWNER);
        owner.setValue(draft.ownerName() == null ? "" : draft.ownerName());
        status.setLabel(getTranslation("field.status"));
        status.setItems(RiskStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("risk.status." + s.name()));
        status.setValue(draft.status());
        status.setId("risk-status");
        score.getElement().setAttribute("aria-live", "polite");
        showScore();
        likelihood.addValueChangeListener(e -> showScore());
        impact.addValueChangeListener(e -> showScore());
        status.addValueChangeListener(e -> showScore());
        var form = new FormLayout(description, likelihood, impact, mitigation, owner, status);
        form.setColspan(description, 2);
        form.setColspan(mitigation, 2);
        add(form, score);
        var save = new Button(
                getTranslation("action.save"),
                e -> run(saved, () -> {
                    if (riskId == null) {
                        service.addRisk(initiativeId, current());
                    } else {
                        service.updateRisk(riskId, version, current());
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("risk-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (riskId != null) {
            var delete = new Button(
                    getTranslation("action.delete"), e -> run(saved, () -> service.deleteRisk(riskId, version)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("risk-delete");
            getFooter().add(delete);
        }
        getFooter().add(save);
    }

    RiskDraft current() {
        return new RiskDraft(
                description.getValue(),
                likelihood.getValue(),
                impact.getValue(),
                mitigation.getValue(),
                owner.getValue(),
                status.getValue());
    }

    private void run(Runnable saved, Runnable action) {
        if (Actions.attempt(action, getTranslation("message.saved"))) {
            close();
            saved.run();
        }
    }

    private void showScore() {
        var draft = current();
        score.setText(
                draft.score() == null
                        ? ""
                        : getTranslation(draft.openHigh() ? "risk.score-line-high" : "risk.score-line", draft.score()));
    }

    private Select<Integer> scale(String labelKey, String valuePrefix) {
        var select = new Select<Integer>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(SCALE);
        select.setItemLabelGenerator(v -> getTranslation(valuePrefix + v));
        select.setRequiredIndicatorVisible(true);
        return select;
    }
}
