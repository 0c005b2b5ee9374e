package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.util.function.LongConsumer;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.initiative.Layer;
import org.jspecify.annotations.Nullable;

/**
 * Saving the item form: a new item is proposed, an existing one updated at the version the user saw. If someone else
 * saved the item meanwhile, the user keeps their input and may reload the latest version.
 */
class InitiativeSaveFlow {

    private final InitiativeService service;
    private final Track track;
    private final Binder<InitiativeFormBean> binder;
    private final InitiativeFormDialog dialog;
    private final LongConsumer onSaved;

    InitiativeSaveFlow(
            InitiativeService service,
            Track track,
            Binder<InitiativeFormBean> binder,
            InitiativeFormDialog dialog,
            LongConsumer onSaved) {
        this.service = service;
        this.track = track;
        this.binder = binder;
        this.dialog = dialog;
        this.onSaved = onSaved;
    }

    /** Saves the form's input as a new item ({@code itemId} null) or as an edit of the item at {@code version}. */
    void save(@Nullable Long itemId, int version) {
        var bean = new InitiativeFormBean();
        // Experiments have no layer field: they always serve personal productivity.
        bean.layer = track == Track.PERSONAL ? Layer.PERSONAL_PRODUCTIVITY : null;
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        Actions.resultOf(
                        () -> {
                            if (itemId == null) {
                                return service.propose(track, bean.toDraft());
                            }
                            service.update(itemId, version, bean.toDraft());
                            return itemId;
                        },
                        changed -> offerReload(itemId))
                .ifPresent(id -> {
                    ErrorMessages.success(dialog.getTranslation("message.saved"));
                    dialog.close();
                    onSaved.accept(id);
                });
    }

    /** Someone else saved first: say so plainly, keep the user's input, and let them choose. */
    private void offerReload(@Nullable Long itemId) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(dialog.getTranslation("conflict.title"));
        confirm.setText(dialog.getTranslation("conflict.text"));
        confirm.setConfirmText(dialog.getTranslation("conflict.reload"));
        confirm.addConfirmListener(e -> {
            // Only an edit meets someone else's save: a new item has nothing to reload yet.
            var latest = service.details(Objects.requireNonNull(itemId, "an edited item"));
            dialog.close();
            dialog.openForEdit(latest);
        });
        confirm.setCancelable(true);
        confirm.setCancelText(dialog.getTranslation("conflict.keep"));
        confirm.open();
    }
}
