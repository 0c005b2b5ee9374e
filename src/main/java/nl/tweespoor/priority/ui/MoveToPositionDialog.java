package nl.tweespoor.priority.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.util.Objects;
import java.util.function.IntConsumer;
import nl.tweespoor.priority.RankedItem;
import org.jspecify.annotations.Nullable;

/** "Move to position N": a leader types the place an item should take, 1 to the number of items in the ranking. */
class MoveToPositionDialog extends Dialog {

    /** The form's one value; a field, not a record, because the binder writes into it. */
    private static final class Target {
        private @Nullable Integer position;
    }

    MoveToPositionDialog(RankedItem item, int count, IntConsumer onMove) {
        setHeaderTitle(getTranslation("priority.move-to-title", item.title()));
        var position = new IntegerField(getTranslation("priority.position", count));
        position.setId("move-to-position");
        position.setMin(1);
        position.setMax(count);
        position.setStepButtonsVisible(true);
        position.setHelperText(getTranslation("priority.position-now", item.position()));
        var range = getTranslation("priority.position-range", count);
        // The field checks its own bounds first (the binder asks it before its validators): same words for those.
        position.setI18n(new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage(range));
        var binder = new Binder<Target>();
        binder.forField(position)
                .asRequired(range)
                .withValidator(new IntegerRangeValidator(range, 1, count))
                .bind(t -> t.position, (t, value) -> t.position = value);
        var target = new Target();
        target.position = item.position();
        binder.readBean(target);
        add(position);
        var move = new Button(getTranslation("priority.move-confirm"), e -> {
            if (binder.writeBeanIfValid(target)) {
                close();
                // asRequired: a valid bean has a position
                onMove.accept(Objects.requireNonNull(target.position));
            }
        });
        move.setId("move-to-confirm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), move);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                position.focus();
            }
        });
    }
}
