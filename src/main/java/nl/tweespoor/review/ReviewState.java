package nl.tweespoor.review;

import nl.tweespoor.base.InvalidInputException;

/**
 * Where a review stands: planned, in progress (decisions may be recorded), closed (final). The review table's status
 * column holds the names; ReviewRepository maps them.
 */
public enum ReviewState {
    PLANNED,
    IN_PROGRESS,
    CLOSED;

    /**
     * Refuses a decision or a closing unless the review is in progress, saying why: a planned review has not been
     * opened yet, a closed one is final.
     */
    public void requireInProgress() {
        if (this == PLANNED) {
            throw new InvalidInputException("review.not-started");
        }
        if (this != IN_PROGRESS) {
            throw new InvalidInputException("review.not-open");
        }
    }
}
