package nl.tweespoor.base.validation;

/** Which text PostgreSQL can store. */
public final class Characters {

    private Characters() {}

    /**
     * PostgreSQL refuses NUL in text; a lone surrogate is no character at all and would not survive encoding. Other
     * control characters (tab, line feed and carriage return aside) are refused too: Java's trim() removes them,
     * so a title of only U+0001 would pass isBlank() and then break the database's own non-blank check.
     */
    public static boolean storable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
