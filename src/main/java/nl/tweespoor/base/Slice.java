package nl.tweespoor.base;

import java.util.List;

/**
 * A bounded piece of a list that grows with the data (newest comments, latest status updates), and whether there is
 * more after it. Read with one row more than asked for, so no count is needed.
 */
public record Slice<T>(List<T> items, boolean more) {

    public Slice {
        items = List.copyOf(items);
    }

    /** The first {@code limit} of {@code rows}, which were fetched with a limit of {@code limit + 1}. */
    public static <T> Slice<T> of(List<T> rows, int limit) {
        return rows.size() > limit ? new Slice<>(rows.subList(0, limit), true) : new Slice<>(rows, false);
    }
}
