package nl.tweespoor.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import nl.tweespoor.base.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The primary button of an edit dialog: runs the save, and only when the service accepted it closes the dialog and
 * confirms; a refusal is shown in the user's language and the dialog stays open with the user's input.
 */
public final class SaveButton {

    private SaveButton() {
    }

    public static Button of(Dialog dialog, String id, Runnable save, Runnable afterSave) {
        var button = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                save.run();
                dialog.close();
                afterSave.run();
                ErrorMessages.success(dialog.getTranslation("message.saved"));
            } catch (DomainException | AccessDeniedException ex) {
                ErrorMessages.show(ex);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }
}
