package nl.tweespoor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.tweespoor.base.DatabaseStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Opening a page failed because no connection for a query. */
@AnonymousAllowed
public class NoConnectionErrorView extends DatabaseErrorPage<CannotGetJdbcConnectionException> {

    public NoConnectionErrorView(DatabaseStatus status) {
        super(status);
    }
}
