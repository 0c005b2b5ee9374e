package nl.tweespoor.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/** Waits for a condition (with Awaitility) instead of sleeping, failing after a generous limit. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private Poll() {}

    /** Calls the attempt until it returns without an exception or failed assertion; returns its result. */
    public static <T> T until(Duration limit, String what, Callable<T> attempt) {
        var result = new AtomicReference<T>();
        // In the test's own thread: its signed-in user (a thread-local security context) must be seen by the attempt.
        Awaitility.await(what)
                .atMost(limit)
                .pollInterval(INTERVAL)
                .pollInSameThread()
                .ignoreExceptions()
                .untilAsserted(() -> result.set(attempt.call()));
        return result.get();
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
}
