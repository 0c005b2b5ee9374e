package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.PRINCIPLE;

import nl.tweespoor.base.ColumnLimits;

/** What a leader types for a principle. */
public record PrincipleDraft(
        String code, String title, String explanation, PrincipleCategory category, boolean active) {

    public static final int MAX_CODE = ColumnLimits.max(PRINCIPLE.CODE);
    public static final int MAX_TITLE = ColumnLimits.max(PRINCIPLE.TITLE);
    public static final int MAX_EXPLANATION = ColumnLimits.max(PRINCIPLE.EXPLANATION);
}
