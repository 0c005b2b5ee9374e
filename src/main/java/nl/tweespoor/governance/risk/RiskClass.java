package nl.tweespoor.governance.risk;

/** The EU AI Act risk classes (PRODUCT.md §2); every class above MINIMAL needs a written justification. */
public enum RiskClass {
    MINIMAL,
    LIMITED,
    HIGH,
    PROHIBITED;

    public boolean needsJustification() {
        return this != MINIMAL;
    }
}
