package nl.tweespoor.base;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Portfolio-wide figures (the cut lines, flag counts, budget totals, the fragmentation radar) kept between requests
 * for as long as the data they were computed from is unchanged: every transaction that changes such data moves
 * {@code portfolio_version} on when it commits (V75), and a figure kept at another number is computed again. A page
 * view then reads one number instead of ranking or scanning thousands of items; the first view after a change pays.
 * <p>
 * The number is read once per request (again after this request changed something, see {@link Changes}). Inside a
 * transaction that writes, nothing is kept or used: its own changes are not committed yet, so the number has not
 * moved. Kept values must be immutable and must not depend on who asks (the services check the caller first).
 */
@Component
public class PortfolioCache {

    /** More keys than that (a new minute's stale threshold makes a new key) and the oldest generation is dropped. */
    private static final int MAX_ENTRIES = 512;

    private static final PerRequest<Long> VERSION = PerRequest.named("portfolio-version");

    private final PortfolioVersionQuery versions;
    private final Map<List<Object>, Kept> kept = new ConcurrentHashMap<>();

    PortfolioCache(PortfolioVersionQuery versions) {
        this.versions = versions;
    }

    /**
     * The figure under {@code key} (a name and the inputs it depends on besides the data: year, track, quarter, …),
     * computed by {@code compute} when it is not kept at the current number.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        if (inWritingTransaction()) {
            return compute.get();
        }
        long version = version();
        var entry = kept.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        var value = compute.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.values().removeIf(old -> old.version() != version);
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
        }
        kept.put(List.copyOf(key), new Kept(version, value));
        return value;
    }

    /** Forgets everything kept (tests that count statements start from a known state this way). */
    public void clear() {
        kept.clear();
    }

    private long version() {
        return VERSION.untilChanged(versions::current);
    }

    private static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private record Kept(long version, Object value) {}
}
