package nl.tweespoor.search;

import java.util.List;

/** What a search found, grouped by kind in {@link SearchKind}'s order; empty groups are left out. */
public record SearchResults(String query, List<SearchGroup> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public static SearchResults none(String query) {
        return new SearchResults(query, List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
