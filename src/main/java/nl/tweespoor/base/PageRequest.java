package nl.tweespoor.base;

import java.util.List;

/** One page of a grid: where it starts, how many rows, and the sort the user chose (property names, not SQL). */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {

    public PageRequest {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        limit = Math.min(limit, 500);
        sort = List.copyOf(sort);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    public record SortOrder(String property, boolean ascending) {}
}
