package nl.tweespoor.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for a condition instead of sleeping: tries again and again until it holds, failing after a generous limit. */
public final class Poll {

    private Poll() {
    }

    /** Calls the attempt until it returns without an exception; returns its result. */
    public static <T> T until(Duration limit, String what, Callable<T> attempt) {
        var deadline = Instant.now().plus(limit);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                return attempt.call();
            } catch (Exception | AssertionError e) {
                last = e instanceof Exception exception ? exception : new IllegalStateException(e);
            }
            Thread.onSpinWait();
            pause();
        }
        throw new AssertionError(what + " did not happen within " + limit, last);
    }

    /** Calls the check until it passes (throws no AssertionError or exception). */
    public static void untilPasses(Duration limit, String what, Check check) {
        until(limit, what, () -> {
            check.run();
            return Boolean.TRUE;
        });
    }

    /** A check that fails by throwing. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
