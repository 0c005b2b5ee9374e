package nl.tweespoor.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.governance.Principle;
import nl.tweespoor.governance.PrincipleCategory;
import nl.tweespoor.governance.PrincipleDraft;
import nl.tweespoor.governance.PrincipleService;
import org.jspecify.annotations.Nullable;

/** Adds a principle to the catalogue or edits one; unticking "active" retires it. */
class PrincipleDialog extends Dialog {

    PrincipleDialog(PrincipleService service, @Nullable Principle principle, Runnable onSaved) {
        setHeaderTitle(getTranslation(principle == null ? "principle.new" : "principle.edit"));
        var code = new TextField(getTranslation("principle.code"));
        code.setRequired(true);
        code.setMaxLength(PrincipleDraft.MAX_CODE);
        code.setHelperText(getTranslation("principle.code-help"));
        code.setId("principle-code");
        var title = new TextField(getTranslation("field.title"));
        title.setRequired(true);
        title.setMaxLength(PrincipleDraft.MAX_TITLE);
        title.setId("principle-title");
        var category = new Select<PrincipleCategory>();
        category.setLabel(getTranslation("principle.category"));
        category.setItems(PrincipleCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        category.setRequiredIndicatorVisible(true);
        category.setId("principle-category");
        var explanation = new TextArea(getTranslation("principle.explanation"));
        explanation.setRequired(true);
        explanation.setMaxLength(PrincipleDraft.MAX_EXPLANATION);
        explanation.setId("principle-explanation");
        var active = new Checkbox(getTranslation("principle.active"), true);
        active.setId("principle-active");
        if (principle != null) {
            code.setValue(principle.code());
            title.setValue(principle.title());
            category.setValue(principle.category());
            explanation.setValue(principle.explanation());
            active.setValue(principle.active());
        }
        var form = new FormLayout(code, category, title, explanation, active);
        form.setColspan(title, 2);
        form.setColspan(explanation, 2);
        add(form);
        var save = SaveButton.of(
                this,
                "principle-save",
                () -> {
                    var draft = new PrincipleDraft(
                            code.getValue(),
                            title.getValue(),
                            explanation.getValue(),
                            category.getValue(),
                            active.getValue());
                    if (principle == null) {
                        service.create(draft);
                    } else {
                        service.update(principle.id(), principle.version(), draft);
                    }
                },
                onSaved);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }
}
