package nl.tweespoor.governance.fragmentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.FragmentationNote;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.Resolution;

/** A leader's buttons on a group: accept or note a consolidation; change or withdraw a note already there. */
class NoteActions {

    private final FragmentationService service;
    private final Runnable afterChange;

    NoteActions(FragmentationService service, Runnable afterChange) {
        this.service = service;
        this.afterChange = afterChange;
    }

    Div buttons(FragmentationGroup group) {
        var bar = new Div();
        bar.addClassName("stage-actions");
        bar.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        var note = group.note();
        if (note == null) {
            var accept = button(
                    group,
                    "fragmentation.action.accept",
                    () -> new NoteDialog(service, group, Resolution.ACCEPTED, afterChange).open());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(
                    accept,
                    button(
                            group,
                            "fragmentation.action.consolidate",
                            () -> new NoteDialog(service, group, Resolution.CONSOLIDATE, afterChange).open()));
        } else {
            bar.add(
                    button(
                            group,
                            "fragmentation.action.change",
                            () -> new NoteDialog(service, group, note.resolution(), afterChange).open()),
                    button(group, "fragmentation.action.withdraw", () -> confirmWithdraw(bar, group, note)));
        }
        return bar;
    }

    private static Button button(FragmentationGroup group, String key, Runnable action) {
        var button = new Button();
        button.addClickListener(e -> action.run());
        button.setText(button.getTranslation(key));
        button.setAriaLabel(
                button.getTranslation("fragmentation.action.aria", button.getTranslation(key), group.label()));
        return button;
    }

    private void confirmWithdraw(Div bar, FragmentationGroup group, FragmentationNote note) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(bar.getTranslation("fragmentation.action.withdraw"));
        dialog.setText(bar.getTranslation("fragmentation.withdraw.confirm", group.label()));
        dialog.setCancelable(true);
        dialog.setCancelText(bar.getTranslation("action.cancel"));
        dialog.setConfirmText(bar.getTranslation("fragmentation.action.withdraw"));
        dialog.addConfirmListener(e -> Actions.attemptAndRefresh(
                () -> service.withdrawNote(group.key(), note.version()),
                bar.getTranslation("fragmentation.withdrawn"),
                afterChange));
        dialog.open();
    }
}
