package nl.tweespoor.priority;

import org.jspecify.annotations.Nullable;

/** An item's 1–5 ratings on the five criteria; risk: 5 is the riskiest. A rating left empty is null (and refused). */
public record Ratings(
        @Nullable Integer value,
        @Nullable Integer strategicFit,
        @Nullable Integer feasibility,
        @Nullable Integer urgency,
        @Nullable Integer risk) {

    /** Every criterion is rated on this scale. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;
}
