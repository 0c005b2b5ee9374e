package nl.tweespoor.priority;

/** An item's 1–5 ratings on the five criteria; risk: 5 is the riskiest. */
public record Ratings(Integer value, Integer strategicFit, Integer feasibility, Integer urgency, Integer risk) {

    /** Every criterion is rated on this scale. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;
}
