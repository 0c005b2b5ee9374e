package nl.tweespoor.review;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the decision log, each on an indexed column of review_decision: the item and the review (by id, picked
 * from a list) and the decision kind; null means any.
 */
public record DecisionLogFilter(
        @Nullable Long initiativeId,
        @Nullable Decision decision,
        @Nullable Long reviewId) {

    public static DecisionLogFilter none() {
        return new DecisionLogFilter(null, null, null);
    }
}
