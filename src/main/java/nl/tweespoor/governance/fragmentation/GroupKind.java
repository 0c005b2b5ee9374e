package nl.tweespoor.governance.fragmentation;

/** What the items of a fragmentation group share: the same tool or vendor, or the same use-case category. */
public enum GroupKind {
    TOOL("TOOL:"),
    USE_CASE("USE:");

    private final String keyPrefix;

    GroupKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The stable key of a group, e.g. "TOOL:microsoft copilot", under which a leader's note is kept. */
    public String key(String normalisedValue) {
        return keyPrefix + normalisedValue;
    }
}
