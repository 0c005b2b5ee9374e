package nl.tweespoor.review;

/** What a review decides for an item (PRODUCT.md §2). */
public enum Decision {
    CONTINUE,
    ADJUST,
    STOP,
    SCALE,
    PROMOTE
}
