package nl.tweespoor.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import nl.tweespoor.base.DatabaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * "Database unavailable, retrying": says plainly that the database is away, asks every two seconds whether it is
 * back, and then reloads the page.
 */
public class DatabaseRetryNotice extends Div {

    static final int RETRY_MILLIS = 2000;

    private final DatabaseStatus status;
    private @Nullable Registration polling;

    public DatabaseRetryNotice(DatabaseStatus status) {
        this.status = status;
        setId("database-unavailable");
        addClassName("database-unavailable");
        getElement().setAttribute("role", "alert");
        add(
                new H2(getTranslation("database.unavailable.title")),
                new Paragraph(getTranslation("database.unavailable.text")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(RETRY_MILLIS);
        polling = ui.addPollListener(poll -> retry());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Reloads the page once the database answers again. */
    void retry() {
        if (status.reachable()) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(-1);
                ui.getPage().reload();
            });
        }
    }
}
