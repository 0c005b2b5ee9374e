package nl.tweespoor.governance.fragmentation;

/**
 * What the items of a fragmentation group share: the same tool or vendor (aliases resolved), the same use-case
 * category, or a word of their titles (similar by text).
 */
public enum GroupKind {
    TOOL("TOOL:"),
    USE_CASE("USE:"),
    TEXT("TEXT:");

    private final String keyPrefix;

    GroupKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** The stable key of a group, e.g. "TOOL:microsoft copilot", under which a leader's note is kept. */
    public String key(String normalisedValue) {
        return keyPrefix + normalisedValue;
    }

    /** The kind a group's key names ("TOOL:…"). */
    static GroupKind ofKey(String groupKey) {
        for (var kind : values()) {
            if (groupKey.startsWith(kind.keyPrefix)) {
                return kind;
            }
        }
        throw new IllegalStateException("no group kind for " + groupKey);
    }
}
