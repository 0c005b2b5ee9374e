package nl.tweespoor.governance;

/** How an item stands against one principle. */
public enum AssessmentResult {
    MEETS,
    GAP,
    NOT_APPLICABLE
}
