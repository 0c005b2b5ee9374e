package nl.tweespoor.journey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Year;
import java.util.Objects;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.journey.JourneyDraft;
import nl.tweespoor.journey.JourneyIntent;
import nl.tweespoor.journey.JourneyKind;
import nl.tweespoor.journey.JourneyRow;
import nl.tweespoor.journey.JourneyService;
import org.jspecify.annotations.Nullable;

/**
 * A leader creates or edits a journey. The year to redesign by is asked only for the REDESIGN intent. The service
 * checks everything again; a refusal (a title taken, someone else's edit in between) keeps the input in the dialog.
 */
class JourneyDialog extends Dialog {

    private final JourneyService service;
    private final Runnable afterSave;
    private final Binder<JourneyFormBean> binder = new Binder<>();
    private @Nullable JourneyRow editing;

    JourneyDialog(JourneyService service, Runnable afterSave) {
        this.service = service;
        this.afterSave = afterSave;
        setWidth("min(44rem, 96vw)");
        setCloseOnOutsideClick(false);
        add(form());
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("journey-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    void openForNew() {
        setHeaderTitle(getTranslation("journey.new"));
        binder.readBean(new JourneyFormBean());
        open();
    }

    void openForEdit(JourneyRow row) {
        editing = row;
        setHeaderTitle(getTranslation("journey.edit", row.title()));
        var ownerId = row.ownerId();
        var ownerName = row.ownerName();
        var owner = ownerId == null || ownerName == null ? null : new Option(ownerId, ownerName);
        binder.readBean(JourneyFormBean.from(row.draft(), owner));
        open();
    }

    private FormLayout form() {
        var title = new TextField(getTranslation("field.title"));
        title.setMaxLength(JourneyDraft.MAX_TITLE);
        title.setId("journey-title");
        binder.forField(title)
                .asRequired(getTranslation("validation.title-required"))
                .bind(b -> b.title, (b, v) -> b.title = v);
        var kind = new Select<JourneyKind>();
        kind.setLabel(getTranslation("journey.kind"));
        kind.setItems(JourneyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("journey.kind." + k));
        kind.setId("journey-kind");
        // a validator, not asRequired: axe refuses aria-required on the select's value button (it always has a value)
        binder.forField(kind)
                .withValidator(Objects::nonNull, getTranslation("journey.kind-required"))
                .bind(b -> b.kind, (b, v) -> b.kind = v);
        var intent = new Select<JourneyIntent>();
        intent.setLabel(getTranslation("journey.intent"));
        intent.setItems(JourneyIntent.values());
        intent.setItemLabelGenerator(i -> getTranslation("journey.intent." + i));
        intent.setId("journey-intent");
        binder.forField(intent)
                .withValidator(Objects::nonNull, getTranslation("journey.intent-required"))
                .bind(b -> b.intent, (b, v) -> b.intent = v);
        var redesignBy = new IntegerField(getTranslation("journey.redesign-by"));
        redesignBy.setMin(JourneyDraft.MIN_YEAR);
        redesignBy.setMax(JourneyDraft.MAX_YEAR);
        redesignBy.setStepButtonsVisible(true);
        redesignBy.setId("journey-redesign-by");
        binder.forField(redesignBy)
                .withValidator(
                        year -> intent.getValue() != JourneyIntent.REDESIGN || year != null,
                        getTranslation("journey.redesign-by-required"))
                .withValidator(
                        year -> year == null || (year >= JourneyDraft.MIN_YEAR && year <= JourneyDraft.MAX_YEAR),
                        getTranslation("journey.redesign-by-invalid"))
                .bind(b -> b.redesignBy, (b, v) -> b.redesignBy = v);
        intent.addValueChangeListener(e -> {
            boolean redesign = e.getValue() == JourneyIntent.REDESIGN;
            redesignBy.setVisible(redesign);
            redesignBy.setRequiredIndicatorVisible(redesign);
            if (redesign && redesignBy.isEmpty()) {
                redesignBy.setValue(Year.now().getValue() + 3);
            }
        });
        var owner = new ComboBox<Option>(getTranslation("journey.owner"));
        owner.setItems(q -> service.ownerChoices(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        owner.setItemLabelGenerator(Option::label);
        owner.setClearButtonVisible(true);
        owner.setId("journey-owner");
        binder.forField(owner).bind(b -> b.owner, (b, v) -> b.owner = v);
        var description = new TextArea(getTranslation("field.description"));
        description.setMaxLength(JourneyDraft.MAX_DESCRIPTION);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        var form = new FormLayout(title, kind, intent, redesignBy, owner, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        return form;
    }

    /** An invalid form shows its messages and sends nothing; a refusal keeps the input and the dialog open. */
    private void save() {
        var bean = new JourneyFormBean();
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        var draft = bean.toDraft();
        var row = editing;
        boolean saved = Actions.attempt(
                () -> {
                    if (row == null) {
                        service.create(draft);
                    } else {
                        service.update(row.id(), row.version(), draft);
                    }
                },
                getTranslation("journey.saved"));
        if (saved) {
            close();
            afterSave.run();
        }
    }
}
