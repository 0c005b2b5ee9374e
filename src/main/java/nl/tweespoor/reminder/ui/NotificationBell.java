package nl.tweespoor.reminder.ui;

import com.vaadin.flow.component.Component;
import nl.tweespoor.base.ui.NavbarItem;
import nl.tweespoor.reminder.ReminderService;
import org.springframework.core.annotation.Order;

/** Puts the to-do bell in the navbar of every view, left of the user menu. */
@org.springframework.stereotype.Component
@Order(50)
class NotificationBell implements NavbarItem {

    private final ReminderService reminders;

    NotificationBell(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public Component create() {
        return new Bell(reminders);
    }
}
