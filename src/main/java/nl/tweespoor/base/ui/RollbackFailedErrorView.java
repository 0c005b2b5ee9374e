package nl.tweespoor.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.tweespoor.base.DatabaseStatus;
import org.springframework.transaction.TransactionSystemException;

/** Opening a page failed because the connection broke during a transaction. */
@AnonymousAllowed
public class RollbackFailedErrorView extends DatabaseErrorPage<TransactionSystemException> {

    public RollbackFailedErrorView(DatabaseStatus status) {
        super(status);
    }
}
