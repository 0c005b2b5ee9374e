package nl.tweespoor.base;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the state changes this application has made. Every change writes an audit event, and the audit log ticks
 * this counter when it does; what is cached for one request (the cut lines, say) is keyed by it, so a request that
 * changes something and reads again never reads its own stale cache.
 */
public final class Changes {

    private static final AtomicLong COUNT = new AtomicLong();

    private Changes() {}

    public static void recorded() {
        COUNT.incrementAndGet();
    }

    public static long count() {
        return COUNT.get();
    }
}
