package nl.tweespoor.governance.risk;

/** One row of an item's risk register, with the version to edit against. */
public record ItemRisk(
        long id,
        String description,
        int likelihood,
        int impact,
        String mitigation,
        String ownerName,
        RiskStatus status,
        int version) {

    /** Likelihood × impact, 1–25. */
    public int score() {
        return likelihood * impact;
    }

    public boolean openHigh() {
        return draft().openHigh();
    }

    public RiskDraft draft() {
        return new RiskDraft(description, likelihood, impact, mitigation, ownerName, status);
    }
}
