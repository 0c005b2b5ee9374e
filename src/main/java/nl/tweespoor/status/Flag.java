package nl.tweespoor.status;

/** Signals computed from the data (PRODUCT.md §4). */
public enum Flag {
    STALE,
    OVER_BUDGET,
    RED,
    DUE,
    PRINCIPLE_GAP,
    UNFUNDED,
    /** An open risk in the item's register with likelihood × impact of 15 or more. */
    HIGH_RISK
}
