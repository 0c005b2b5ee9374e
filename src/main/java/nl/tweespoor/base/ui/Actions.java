package nl.tweespoor.base.ui;

import nl.tweespoor.base.DomainException;
import org.springframework.security.access.AccessDeniedException;

/** Runs a service call from a button: a short confirmation, or the refusal in the user's language. */
public final class Actions {

    private Actions() {}

    /** Returns whether the call succeeded, so a dialog knows whether to close (and keeps the input if not). */
    public static boolean attempt(Runnable call, String success) {
        try {
            call.run();
        } catch (DomainException | AccessDeniedException e) {
            ErrorMessages.show(e);
            return false;
        }
        ErrorMessages.success(success);
        return true;
    }

    /** As {@link #attempt}, and the list refreshes either way: after a concurrent edit it shows the other change. */
    public static boolean attemptAndRefresh(Runnable call, String success, Runnable refresh) {
        boolean done = attempt(call, success);
        refresh.run();
        return done;
    }
}
