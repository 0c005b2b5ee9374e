package nl.tweespoor.search;

import java.util.List;

/** The best hits of one kind, and how many of that kind matched in all. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, int total) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }
}
