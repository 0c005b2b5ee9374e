package nl.tweespoor.reminder.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import nl.tweespoor.reminder.ReminderService;

/**
 * A bell linking to the to-do list, with the number of open to-dos. Counted once per page view (after each
 * navigation, one COUNT), not on a timer: the header is on every view.
 */
class Bell extends RouterLink implements AfterNavigationObserver {

    private final ReminderService reminders;
    private final Span count = new Span();

    Bell(ReminderService reminders) {
        super("", NotificationsView.class);
        this.reminders = reminders;
        var icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        count.addClassNames("badge", "bell-count");
        add(icon, count);
        addClassName("bell");
        setId("notification-bell");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), Bell.class, this);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Counts again: a to-do was marked done on this page. */
    static void refreshIn(UI ui) {
        var bell = ComponentUtil.getData(ui, Bell.class);
        if (bell != null) {
            bell.refresh();
        }
    }

    private void refresh() {
        show(reminders.countOpen());
    }

    private void show(int open) {
        count.setText(open == 0 ? "" : Integer.toString(open));
        count.setVisible(open > 0);
        var label = getTranslation("reminder.bell-count", open);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }
}
