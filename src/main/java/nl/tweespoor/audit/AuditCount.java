package nl.tweespoor.audit;

/**
 * How many events match a filter, counted up to a cap: the exact number up to {@link #CAP}, beyond it only "more"
 * (counting 100,000 events on every filter change would cost more than the page they fill).
 */
public record AuditCount(int counted, boolean more) {

    public static final int CAP = 1_000;
}
