package nl.tweespoor.governance;

import nl.tweespoor.base.validation.Text;

/** What a leader types for a principle. */
public record PrincipleDraft(
        String code,

        @Text(field = "field.title", max = PrincipleDraft.MAX_TITLE, column = "principle.title")
        String title,

        @Text(field = "field.explanation", max = PrincipleDraft.MAX_EXPLANATION, column = "principle.explanation")
        String explanation,

        PrincipleCategory category,
        boolean active) {

    /** principle.code: letters, digits and dashes; the service checks the pattern and this length together. */
    public static final int MAX_CODE = 20;

    public static final int MAX_TITLE = 200;
    public static final int MAX_EXPLANATION = 4000;
}
