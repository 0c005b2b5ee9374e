package nl.tweespoor.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the words a search matched, as PostgreSQL's ts_headline marked them with two private-use characters.
 * Views render the parts as plain text (a highlighted part in its own element), never as HTML, so nothing a user wrote
 * can become markup.
 */
public record Marked(List<Part> parts) {

    static final String START = "\uE000";
    static final String STOP = "\uE001";

    public Marked {
        parts = List.copyOf(parts);
    }

    /** One run of text, highlighted when the search matched it. */
    public record Part(String text, boolean highlighted) {}

    /** Splits a marked text; stray or unbalanced markers are dropped, never shown. */
    public static Marked parse(String marked) {
        var parts = new ArrayList<Part>();
        var run = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START.charAt(0) || c == STOP.charAt(0)) {
                boolean opens = c == START.charAt(0);
                if (opens != inside) {
                    flush(parts, run, inside);
                    inside = opens;
                }
            } else {
                run.append(c);
            }
        }
        flush(parts, run, inside);
        return new Marked(parts);
    }

    /** The text without any highlighting. */
    public String plain() {
        var text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static void flush(List<Part> parts, StringBuilder run, boolean highlighted) {
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), highlighted));
            run.setLength(0);
        }
    }
}
