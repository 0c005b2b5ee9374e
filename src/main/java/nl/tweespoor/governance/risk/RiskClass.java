package nl.tweespoor.governance.risk;

/** The EU AI Act risk classes (PRODUCT.md §2); every class above MINIMAL needs a written justification. */
public enum RiskClass {
    MINIMAL,
    LIMITED,
    HIGH,
    PROHIBITED;

    /** initiative.risk_justification; a reason for lowering the class is kept in the audit event and may be as long. */
    public static final int MAX_JUSTIFICATION = 2000;

    public boolean needsJustification() {
        return this != MINIMAL;
    }
}
