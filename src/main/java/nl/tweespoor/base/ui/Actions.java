package nl.tweespoor.base.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a button: a short confirmation, or the refusal in the user's language. The one place where
 * views catch what a service refuses; the form keeps the user's input either way.
 */
public final class Actions {

    private Actions() {}

    /** Returns whether the call succeeded, so a dialog knows whether to close (and keeps the input if not). */
    public static boolean attempt(Runnable call, String success) {
        if (attempt(call)) {
            ErrorMessages.success(success);
            return true;
        }
        return false;
    }

    /** As {@link #attempt(Runnable, String)}, for calls whose result shows for itself (a list that refreshes). */
    public static boolean attempt(Runnable call) {
        return attempt(call, ErrorMessages::show);
    }

    /** As {@link #attempt(Runnable, String)}, and the list refreshes either way: after a concurrent edit it shows the other change. */
    public static boolean attemptAndRefresh(Runnable call, String success, Runnable refresh) {
        boolean done = attempt(call, success);
        refresh.run();
        return done;
    }

    /** What the call returned (an id, an amount), or empty when it was refused and the refusal has been shown. */
    public static <T> Optional<T> resultOf(Supplier<T> call) {
        return resultOf(call, ErrorMessages::show);
    }

    /**
     * As {@link #attempt(Runnable)}, but someone else's save in between goes to {@code changedMeanwhile} instead of
     * the standard message: to offer a reload, or to show the other change beside the user's input.
     */
    public static boolean attempt(Runnable call, Consumer<ConcurrentEditException> changedMeanwhile) {
        return resultOf(
                        () -> {
                            call.run();
                            return Boolean.TRUE;
                        },
                        changedMeanwhile)
                .isPresent();
    }

    /** As {@link #resultOf(Supplier)}, with someone else's save in between handled as in {@link #attempt(Runnable, Consumer)}. */
    public static <T> Optional<T> resultOf(Supplier<T> call, Consumer<ConcurrentEditException> changedMeanwhile) {
        try {
            return Optional.of(call.get());
        } catch (ConcurrentEditException e) {
            changedMeanwhile.accept(e);
            return Optional.empty();
        } catch (DomainException | AccessDeniedException e) {
            ErrorMessages.show(e);
            return Optional.empty();
        }
    }
}
