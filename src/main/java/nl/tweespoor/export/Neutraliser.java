package nl.tweespoor.export;

/**
 * OWASP's formula injection advice (ASVS 1.2.10): text that a spreadsheet would read as a formula — starting with
 * =, +, -, @, a tab or a carriage return — is marked as text so no formula ever runs when the file is opened.
 */
final class Neutraliser {

    private Neutraliser() {}

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text for a csv cell: a leading apostrophe before anything a spreadsheet would evaluate. */
    static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
