package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.governance.AssessmentResult;
import nl.tweespoor.governance.AssessmentService;
import nl.tweespoor.governance.ChecklistLine;

/** Records how an item stands against one principle; a gap or "not applicable" needs a note saying why. */
class AssessDialog extends Dialog {

    AssessDialog(AssessmentService service, long initiativeId, ChecklistLine line, Runnable onSaved) {
        var principle = line.principle();
        setHeaderTitle(getTranslation("assessment.title", principle.code()));
        var explanation = new Paragraph(principle.title() + " — " + principle.explanation());
        explanation.addClassName("text-body");
        var result = new RadioButtonGroup<AssessmentResult>(getTranslation("assessment.result"));
        result.setItems(AssessmentResult.values());
        result.setItemLabelGenerator(r -> getTranslation("assessment." + r.name()));
        result.setRequiredIndicatorVisible(true);
        result.setValue(line.result());
        result.setId("assessment-result");
        var note = new TextArea(getTranslation("assessment.note"));
        note.setHelperText(getTranslation("assessment.note-help"));
        note.setMaxLength(AssessmentService.MAX_NOTE);
        note.setWidthFull();
        note.setValue(line.note() == null ? "" : line.note());
        note.setId("assessment-note");
        add(explanation, result, note);
        var save = SaveButton.of(
                this,
                "assessment-save",
                () -> service.assess(initiativeId, principle.id(), line.version(), result.getValue(), note.getValue()),
                onSaved);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36rem, 96vw)");
    }
}
