package nl.tweespoor.governance.risk;

/** Where a registered risk stands; only OPEN risks count towards the high-risk flag. */
public enum RiskStatus {
    OPEN,
    MITIGATED,
    ACCEPTED,
    CLOSED
}
