package nl.tweespoor.governance.risk;

import nl.tweespoor.base.validation.Text;
import nl.tweespoor.status.Flag;
import org.jspecify.annotations.Nullable;

/** What a user enters for a risk; likelihood and impact on a 1–5 scale. */
public record RiskDraft(
        @Text(field = "field.risk-description", max = RiskDraft.MAX_DESCRIPTION, column = "item_risk.description")
        String description,

        @Nullable Integer likelihood,
        @Nullable Integer impact,

        @Text(field = "field.risk-mitigation", max = RiskDraft.MAX_MITIGATION, column = "item_risk.mitigation")
        String mitigation,

        @Text(field = "field.risk-owner", max = RiskDraft.MAX_OWNER, column = "item_risk.owner_name")
        String ownerName,

        RiskStatus status) {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_MITIGATION = 2000;
    public static final int MAX_OWNER = 120;

    public static RiskDraft empty() {
        return new RiskDraft("", null, null, "", "", RiskStatus.OPEN);
    }

    /** Likelihood × impact, or null while either is missing. */
    public @Nullable Integer score() {
        return likelihood == null || impact == null ? null : likelihood * impact;
    }

    /** Open and scoring {@value Flag#HIGH_RISK_SCORE} or more: flagged and put on the review agenda. */
    public boolean openHigh() {
        return likelihood != null && impact != null && Flag.isHighRisk(status == RiskStatus.OPEN, likelihood, impact);
    }
}
