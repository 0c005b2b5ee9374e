package nl.tweespoor.base;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lets a lazy grid, which asks for rows by offset, read them by key: it remembers the key of the last row of every
 * page it fetched, and reads the next page as "after that key" instead of skipping {@code offset} rows. Scrolling on
 * reads each page from the index at the cost of one page, however deep; a jump ahead skips only the rows between
 * the nearest known key and the jump. One per grid (it keeps per-user state); {@link #reset()} when the filter or
 * the order changes. Not thread-safe: a UI uses it under its session lock.
 *
 * @param <R> the row type
 * @param <K> the key of a row in the grid's order
 */
public final class KeysetPager<R, K> {

    /** Keys kept at most (about 100,000 rows at the grid's page size); deeper pages skip from the last one kept. */
    private static final int MAX_KEYS = 2_000;

    private final NavigableMap<Integer, K> keyBefore = new TreeMap<>();
    private final Function<R, K> keyOf;

    public KeysetPager(Function<R, K> keyOf) {
        this.keyOf = keyOf;
    }

    /** Rows {@code offset} to {@code offset + limit} in key order, read after the nearest key known before them. */
    public List<R> fetch(int offset, int limit, Reader<R, K> reader) {
        var known = keyBefore.floorEntry(offset);
        var rows = known == null
                ? reader.read(null, offset, limit)
                : reader.read(known.getValue(), offset - known.getKey(), limit);
        if (!rows.isEmpty() && (keyBefore.size() < MAX_KEYS || keyBefore.containsKey(offset + rows.size()))) {
            keyBefore.put(offset + rows.size(), keyOf.apply(rows.getLast()));
        }
        return rows;
    }

    /** Forgets every key: the next fetch starts from the top. */
    public void reset() {
        keyBefore.clear();
    }

    /** Reads {@code limit} rows after skipping {@code skip} rows past {@code after} (null: from the first row). */
    @FunctionalInterface
    public interface Reader<R, K> {
        List<R> read(@Nullable K after, int skip, int limit);
    }
}
