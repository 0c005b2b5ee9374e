package nl.tweespoor.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.initiative.InitiativeDetails;
import nl.tweespoor.initiative.OwnershipService;

/** A leader hands the item to another owner, chosen from a lazy list of active leaders and programme managers. */
class HandOverDialog extends Dialog {

    HandOverDialog(OwnershipService service, InitiativeDetails item, Runnable handedOver) {
        setHeaderTitle(getTranslation("ownership.title"));
        var owner = new ComboBox<Option>(getTranslation("ownership.new-owner"));
        owner.setItems(q -> service.ownerChoices(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        owner.setItemLabelGenerator(Option::label);
        owner.setHelperText(getTranslation("ownership.help"));
        owner.setRequired(true);
        owner.setWidthFull();
        owner.setId("hand-over-owner");
        var confirm = new Button(getTranslation("ownership.action"), e -> {
            var chosen = owner.getValue();
            if (chosen == null) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("ownership.owner-required"));
                return;
            }
            if (Actions.attempt(
                    () -> service.handOver(item.id(), item.version(), chosen.id()),
                    getTranslation("ownership.done", chosen.label()))) {
                close();
                handedOver.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("hand-over-confirm");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(owner);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 96vw)");
    }
}
