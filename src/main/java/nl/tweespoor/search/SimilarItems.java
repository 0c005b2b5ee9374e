package nl.tweespoor.search;

import java.util.List;

/** The most similar items (other departments first) and how many other departments run something similar. */
public record SimilarItems(List<SimilarItem> items, int otherDepartments) {

    /** Nothing similar (or nothing looked for yet). */
    public static final SimilarItems NONE = new SimilarItems(List.of(), 0);

    public SimilarItems {
        items = List.copyOf(items);
    }
}
