package nl.tweespoor.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells whether an exception means the database cannot be reached right now (rather than a refusal or a bug). */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable error) {
        for (var current = error; current != null; current = current.getCause()) {
            if (current instanceof SQLTransientConnectionException
                    || current instanceof ConnectException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException) {
                return true;
            }
            if (current instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // A failed rollback hides what failed first: look at that too.
            if (current instanceof TransactionSystemException system
                    && system.getApplicationException() != null
                    && causedBy(system.getApplicationException())) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }

    /** Connection exceptions (08…), the server shutting down (57P01–57P03) or crashing (57P04 is unused). */
    private static boolean connectionLost(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.equals("57P01")
                        || sqlState.equals("57P02")
                        || sqlState.equals("57P03"));
    }
}
