package nl.tweespoor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.tweespoor.base.DatabaseStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/** Opening a page failed because beginning a transaction found no connection. */
@AnonymousAllowed
public class NoTransactionErrorView extends DatabaseErrorPage<CannotCreateTransactionException> {

    public NoTransactionErrorView(DatabaseStatus status) {
        super(status);
    }
}
