package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.tweespoor.base.ui.SaveButton;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.Resolution;

/** Accept a group with a reason, or write a consolidation note; on a refused save the input stays. */
class NoteDialog extends Dialog {

    private final RadioButtonGroup<Resolution> resolution = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();

    NoteDialog(FragmentationService service, FragmentationGroup group, Resolution initial, Runnable afterSave) {
        setHeaderTitle(getTranslation("fragmentation.dialog.title", group.label()));
        resolution.setLabel(getTranslation("fragmentation.field.resolution"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> getTranslation("fragmentation.resolution." + r.name()));
        resolution.setValue(initial);
        resolution.setRequired(true);
        resolution.setId("fragmentation-resolution");
        resolution.addValueChangeListener(e -> labelReason());
        reason.setRequired(true);
        reason.setMaxLength(FragmentationService.MAX_REASON);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        reason.setId("fragmentation-reason");
        if (group.note() != null) {
            reason.setValue(group.note().reason());
        }
        labelReason();
        add(new Paragraph(getTranslation("fragmentation.dialog.hint")), resolution, reason);
        var save = SaveButton.of(
                this,
                "fragmentation-save",
                getTranslation("fragmentation.saved"),
                () -> service.saveNote(
                        group.key(),
                        resolution.getValue(),
                        reason.getValue(),
                        group.note() == null ? null : group.note().version()),
                afterSave);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }

    private void labelReason() {
        var chosen = resolution.getValue() == null ? Resolution.ACCEPTED : resolution.getValue();
        reason.setLabel(getTranslation("fragmentation.field.reason." + chosen.name()));
    }
}
