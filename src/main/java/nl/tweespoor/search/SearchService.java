package nl.tweespoor.search;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds items, goals, journeys, review decisions, status updates, comments, learnings and principles by their words.
 * Every signed-in role reads everything (PRODUCT.md §3), so every role searches everything that is indexed; the audit
 * log, which only leaders and admins read, is not indexed at all.
 */
@Service
public class SearchService {

    /** The longest query looked at; longer input is cut (a search box, not a document). */
    public static final int MAX_QUERY_LENGTH = 200;

    /** How many hits of each kind the results page shows. */
    public static final int HITS_PER_KIND = 5;

    /** How many similar items an item's page names. */
    public static final int SIMILAR_ITEMS = 5;

    private static final Locale DUTCH = Locale.of("nl");

    private final SearchRepository repository;
    private final SimilarItemsRepository similar;

    SearchService(SearchRepository repository, SimilarItemsRepository similar) {
        this.repository = repository;
        this.similar = similar;
    }

    /**
     * Existing experiments and programmes like this item (title, hypothesis, tool, use case), other departments first,
     * with the number of other departments doing something similar; one statement, at most {@link #SIMILAR_ITEMS}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SimilarItems similarTo(long initiativeId) {
        return similar.like(initiativeId, SIMILAR_ITEMS);
    }

    /**
     * Existing experiments and programmes like what someone is proposing, while they type: the same ways of being
     * alike as {@link #similarTo}, one statement; nothing until the draft has {@linkplain SimilarDraft#enough() enough}
     * text.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SimilarItems similarTo(SimilarDraft draft) {
        return draft.enough() ? similar.like(draft, SIMILAR_ITEMS) : SimilarItems.NONE;
    }

    /** The best hits per kind for the words, in one statement, marked as Dutch reads them; nothing for blank words. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(String words) {
        return search(words, DUTCH);
    }

    /**
     * As {@link #search(String)}, the matched words marked as the reader's language reads the text (Dutch unless
     * English): every hit is found in both languages either way.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(String words, Locale language) {
        var query = cleaned(words);
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        return new SearchResults(query, repository.search(query, HITS_PER_KIND, language));
    }

    /** Trimmed, control characters (and the highlight markers) taken out, cut to the longest query looked at. */
    static String cleaned(String words) {
        var kept = words.replaceAll("[\\p{Cntrl}\\p{Co}]", " ").strip();
        return kept.length() <= MAX_QUERY_LENGTH
                ? kept
                : kept.substring(0, MAX_QUERY_LENGTH).strip();
    }
}
