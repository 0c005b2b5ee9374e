package nl.tweespoor.search;

import org.jspecify.annotations.Nullable;

/**
 * What someone has typed so far in the proposal form, to look for existing items like it before they save: the
 * title, hypothesis, tool and use case, and the department they chose (null until chosen: then every department is
 * another one).
 */
public record SimilarDraft(
        String title,
        String hypothesis,
        String tool,
        String useCase,
        @Nullable Long departmentId) {

    /** The most of a title or a text looked at: a few words are what make items alike, not a whole hypothesis. */
    static final int MAX_TEXT = 200;

    /** Fewer letters than this in a title say nothing yet ("AI", "Ch"), and would match half the portfolio. */
    static final int MIN_TITLE = 4;

    /** A hypothesis says something from a short sentence on. */
    static final int MIN_HYPOTHESIS = 12;

    /** A tool or use case is a name: two letters may already be one ("R"). */
    static final int MIN_NAME = 2;

    public SimilarDraft {
        title = cleaned(title);
        hypothesis = cleaned(hypothesis);
        tool = cleaned(tool);
        useCase = cleaned(useCase);
    }

    /** Enough typed to look: below this the panel stays empty rather than showing noise. */
    public boolean enough() {
        return title.length() >= MIN_TITLE
                || hypothesis.length() >= MIN_HYPOTHESIS
                || tool.length() >= MIN_NAME
                || useCase.length() >= MIN_NAME;
    }

    /** The words looked for in the other items' search documents: the title's, or the hypothesis's without one. */
    String words() {
        return title.length() >= MIN_TITLE ? title : hypothesis;
    }

    private static String cleaned(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var kept = SearchService.cleaned(text);
        return kept.length() <= MAX_TEXT ? kept : kept.substring(0, MAX_TEXT).strip();
    }
}
