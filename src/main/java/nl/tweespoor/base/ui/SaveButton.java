package nl.tweespoor.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The primary button of an edit dialog: runs the save, and only when the service accepted it closes the dialog and
 * confirms; a refusal is shown in the user's language and the dialog stays open with the user's input.
 */
public final class SaveButton {

    private SaveButton() {}

    public static Button of(Dialog dialog, String id, Runnable save, Runnable afterSave) {
        return of(dialog, id, dialog.getTranslation("message.saved"), save, afterSave);
    }

    public static Button of(Dialog dialog, String id, String success, Runnable save, Runnable afterSave) {
        var button = new Button(dialog.getTranslation("action.save"), e -> {
            if (Actions.attempt(save, success)) {
                dialog.close();
                afterSave.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }
}
