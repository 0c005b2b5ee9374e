package nl.tweespoor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.tweespoor.base.DatabaseStatus;
import org.springframework.dao.DataAccessResourceFailureException;

/** Opening a page failed because a query lost its connection. */
@AnonymousAllowed
public class ResourceFailureErrorView extends DatabaseErrorPage<DataAccessResourceFailureException> {

    public ResourceFailureErrorView(DatabaseStatus status) {
        super(status);
    }
}
