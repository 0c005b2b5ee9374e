package nl.tweespoor.status;

/** Signals computed from the data (PRODUCT.md §4). */
public enum Flag {
    STALE,
    OVER_BUDGET,
    RED,
    DUE,
    PRINCIPLE_GAP,
    UNFUNDED,
    /** An open risk in the item's register with likelihood × impact of {@value #HIGH_RISK_SCORE} or more. */
    HIGH_RISK;

    /**
     * The score from which an open risk raises {@link #HIGH_RISK} (issue "Governance"). Flags, the review agenda and
     * the risk portfolio all ask the same question; {@link FlagSql#openHighRisk()} is the same rule in SQL.
     */
    public static final int HIGH_RISK_SCORE = 15;

    public static boolean isHighRisk(boolean open, int likelihood, int impact) {
        return open && likelihood * impact >= HIGH_RISK_SCORE;
    }
}
