package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.LongConsumer;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.initiative.InitiativeDetails;
import nl.tweespoor.initiative.InitiativeLifecycleService;
import nl.tweespoor.stage.Stage;

/** The stage moves the user may try on this item, and promotion for leaders; each asks for confirmation. */
class StageActions extends HorizontalLayout {

    StageActions(
            InitiativeLifecycleService lifecycle, InitiativeDetails item, Runnable onMoved, LongConsumer onPromoted) {
        addClassName("stage-actions");
        setSpacing(true);
        for (var target : lifecycle.nextStages(item)) {
            var button = new Button(
                    getTranslation("stage.move-to", getTranslation("stage." + target.name())),
                    e -> confirm(
                            getTranslation("stage.confirm", item.title(), getTranslation("stage." + target.name())),
                            () -> {
                                try {
                                    lifecycle.moveStage(item.id(), item.version(), target);
                                    onMoved.run();
                                } catch (GateRefusedException refusal) {
                                    if (!refusal.overridable() || !lifecycle.mayOverrideGate()) {
                                        throw refusal;
                                    }
                                    new GateOverrideDialog(refusal, reason -> {
                                                lifecycle.moveStageOverridingGate(
                                                        item.id(), item.version(), target, reason);
                                                onMoved.run();
                                            })
                                            .open();
                                }
                            }));
            button.addThemeVariants(target == Stage.STOPPED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            button.setId("move-" + target.name().toLowerCase());
            add(button);
        }
        if (lifecycle.mayPromote(item)) {
            var promote = new Button(
                    getTranslation("promotion.action"),
                    e -> confirm(
                            getTranslation("promotion.confirm", item.title()),
                            () -> onPromoted.accept(lifecycle.promote(item.id(), item.version()))));
            promote.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            promote.setId("promote");
            add(promote);
        }
    }

    private void confirm(String text, Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("action.confirm"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.confirm"));
        dialog.addConfirmListener(e -> Actions.attempt(action));
        dialog.open();
    }
}
