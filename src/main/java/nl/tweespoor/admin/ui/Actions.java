package nl.tweespoor.admin.ui;

import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.ui.ErrorMessages;
import org.springframework.security.access.AccessDeniedException;

/** Runs a service call from a button: a success note and a refresh, or the refusal in plain words. */
final class Actions {

    private Actions() {
    }

    /**
     * Returns whether the call succeeded, so a dialog knows whether to close (and keeps the input if not). The list
     * refreshes either way: after a concurrent edit it shows the other person's change.
     */
    static boolean run(Runnable call, String success, Runnable refresh) {
        try {
            call.run();
        } catch (DomainException | AccessDeniedException e) {
            ErrorMessages.show(e);
            refresh.run();
            return false;
        }
        ErrorMessages.success(success);
        refresh.run();
        return true;
    }
}
