package nl.tweespoor.review;

import java.util.List;
import java.util.stream.IntStream;
import nl.tweespoor.base.Quarter;

/**
 * The quarters a review may be opened for: from two quarters back (a late review of a quarter just ended) to two
 * ahead (planned early). A review years away decides nothing and would only clutter the decision log.
 */
public final class ReviewQuarters {

    /** How many quarters back and ahead of the current one. */
    static final int REACH = 2;

    private ReviewQuarters() {}

    /** Oldest first; the current quarter in the middle. */
    public static List<Quarter> openable(Quarter current) {
        return IntStream.rangeClosed(-REACH, REACH).mapToObj(current::plus).toList();
    }

    public static boolean mayOpen(Quarter quarter, Quarter current) {
        return Math.abs(current.until(quarter)) <= REACH;
    }
}
