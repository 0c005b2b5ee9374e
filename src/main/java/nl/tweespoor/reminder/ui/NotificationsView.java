package nl.tweespoor.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.ui.Actions;
import nl.tweespoor.base.ui.ErrorMessages;
import nl.tweespoor.reminder.ReminderService;
import nl.tweespoor.reminder.Todo;

/** The signed-in user's open to-dos before a review, with links to the items, and their e-mail setting. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final ReminderService reminders;
    private final Grid<Todo> todos = new Grid<>();
    private final Paragraph none = new Paragraph();

    public NotificationsView(ReminderService reminders) {
        this.reminders = reminders;
        add(new Paragraph(getTranslation("reminder.intro")));
        configure();
        none.setText(getTranslation("reminder.none"));
        none.setId("todo-none");
        none.setVisible(reminders.countOpen() == 0);
        add(todos, none, emailSetting());
    }

    private void configure() {
        todos.addComponentColumn(t -> new Anchor(t.itemPath(), t.title()))
                .setHeader(getTranslation("reminder.item"))
                .setFlexGrow(1);
        todos.addColumn(Todo::quarter)
                .setHeader(getTranslation("reminder.review"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        todos.addColumn(t -> t.meetingDate() == null ? "" : Formats.day(t.meetingDate(), getLocale()))
                .setHeader(getTranslation("reminder.meeting"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        todos.addComponentColumn(this::doneButton)
                .setHeader(getTranslation("reminder.done"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        todos.setItems(q -> reminders.open(q.getOffset(), q.getLimit()).stream(), q -> reminders.countOpen());
        todos.setAllRowsVisible(true);
        todos.setAriaLabel(getTranslation("reminder.title"));
        todos.setId("todo-list");
    }

    private Button doneButton(Todo todo) {
        var done = new Button(getTranslation("reminder.done"));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.setAriaLabel(getTranslation("reminder.done-label", todo.title()));
        done.addClickListener(e -> {
            Actions.attempt(() -> reminders.markDone(todo.id()), getTranslation("reminder.done-message"));
            // the list and the bell show what is still open, also after a refusal
            todos.getDataProvider().refreshAll();
            none.setVisible(reminders.countOpen() == 0);
            getUI().ifPresent(Bell::refreshIn);
        });
        return done;
    }

    private VerticalLayout emailSetting() {
        var email = new Checkbox(getTranslation("reminder.email"), reminders.emailReminders());
        email.setId("todo-email");
        email.addValueChangeListener(e -> {
            if (Actions.attempt(() -> reminders.setEmailReminders(e.getValue()))) {
                ErrorMessages.success(getTranslation(e.getValue() ? "reminder.email-on" : "reminder.email-off"));
            }
        });
        var setting = new VerticalLayout(email);
        setting.setPadding(false);
        if (!reminders.mailConfigured()) {
            var hint = new Paragraph(getTranslation("reminder.mail-not-configured"));
            hint.setId("todo-mail-off");
            setting.add(hint);
        }
        return setting;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminder.title");
    }
}
