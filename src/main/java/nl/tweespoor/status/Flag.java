package nl.tweespoor.status;

/** Signals computed from the data (PRODUCT.md §4). */
public enum Flag {
    STALE,
    OVER_BUDGET,
    RED,
    DUE,
    PRINCIPLE_GAP,
    UNFUNDED
}
