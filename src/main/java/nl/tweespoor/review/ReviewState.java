package nl.tweespoor.review;

/**
 * Where a review stands: planned, in progress (decisions may be recorded), closed (final). The review table's status
 * column holds the names; ReviewRepository maps them.
 */
public enum ReviewState {
    PLANNED,
    IN_PROGRESS,
    CLOSED
}
