package nl.tweespoor.governance.risk;

import static nl.tweespoor.db.Tables.ITEM_RISK;

import nl.tweespoor.base.ColumnLimits;
import nl.tweespoor.status.Flag;

/** What a user enters for a risk; likelihood and impact on a 1–5 scale. */
public record RiskDraft(
        String description,
        Integer likelihood,
        Integer impact,
        String mitigation,
        String ownerName,
        RiskStatus status) {

    public static final int MAX_DESCRIPTION = ColumnLimits.max(ITEM_RISK.DESCRIPTION);
    public static final int MAX_MITIGATION = ColumnLimits.max(ITEM_RISK.MITIGATION);
    public static final int MAX_OWNER = ColumnLimits.max(ITEM_RISK.OWNER_NAME);

    public static RiskDraft empty() {
        return new RiskDraft("", null, null, "", "", RiskStatus.OPEN);
    }

    /** Likelihood × impact, or null while either is missing. */
    public Integer score() {
        return likelihood == null || impact == null ? null : likelihood * impact;
    }

    /** Open and scoring {@value Flag#HIGH_RISK_SCORE} or more: flagged and put on the review agenda. */
    public boolean openHigh() {
        return score() != null && Flag.isHighRisk(status == RiskStatus.OPEN, likelihood, impact);
    }
}
