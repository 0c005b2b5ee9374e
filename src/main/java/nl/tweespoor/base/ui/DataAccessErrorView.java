package nl.tweespoor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.tweespoor.base.DatabaseStatus;
import org.springframework.dao.DataAccessException;

/** Opening a page failed because any other database error. */
@AnonymousAllowed
public class DataAccessErrorView extends DatabaseErrorPage<DataAccessException> {

    public DataAccessErrorView(DatabaseStatus status) {
        super(status);
    }
}
