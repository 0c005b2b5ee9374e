package nl.tweespoor.review;

/**
 * Narrows the decision log, each on an indexed column of review_decision: the item and the review (by id, picked
 * from a list) and the decision kind; null means any.
 */
public record DecisionLogFilter(Long initiativeId, Decision decision, Long reviewId) {

    public static DecisionLogFilter none() {
        return new DecisionLogFilter(null, null, null);
    }
}
