package nl.tweespoor.base;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements jOOQ runs: in total (the benchmark reads it per page view) and in the current thread
 * (tests assert that a view's service calls run the same number of statements whatever the size of the portfolio).
 */
public final class SqlStatements implements ExecuteListener {

    private static final AtomicLong TOTAL = new AtomicLong();
    private static final ThreadLocal<long[]> IN_THREAD = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void executeStart(ExecuteContext ctx) {
        TOTAL.incrementAndGet();
        IN_THREAD.get()[0]++;
    }

    /** Statements run since the application started. */
    public static long total() {
        return TOTAL.get();
    }

    /** Statements the current thread has run so far. */
    public static long inThisThread() {
        return IN_THREAD.get()[0];
    }

    /** How many statements the current thread runs while doing {@code work}. */
    public static long countIn(Runnable work) {
        long before = inThisThread();
        work.run();
        return inThisThread() - before;
    }

    /** The result of {@code work} and the statements it ran. */
    public static <T> Counted<T> count(Supplier<T> work) {
        long before = inThisThread();
        var result = work.get();
        return new Counted<>(result, inThisThread() - before);
    }

    public record Counted<T>(T result, long statements) {}
}
