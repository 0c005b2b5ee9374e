package nl.tweespoor.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import nl.tweespoor.base.DatabaseStatus;
import nl.tweespoor.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it failed on the database: "database unavailable, retrying" when the database is
 * away, else the plain unexpected-error message. Never a stack trace. Vaadin picks an error view by the exact class
 * of the exception or of one of its causes (a view's constructor failing arrives wrapped in Spring's
 * BeanCreationException), hence one small subclass per exception the database's absence shows up as.
 */
abstract class DatabaseErrorPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseErrorPage.class);

    private final DatabaseStatus status;

    DatabaseErrorPage(DatabaseStatus status) {
        this.status = status;
        addClassName("list-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return show(parameter.getCaughtException());
    }

    private int show(Throwable error) {
        removeAll();
        if (DatabaseUnavailable.causedBy(error)) {
            LOG.warn("Database unavailable while opening a page: {}", error.toString());
            add(new DatabaseRetryNotice(status));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("Unexpected database error while opening a page", error);
        add(new Paragraph(getTranslation("error.unexpected")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
