package nl.tweespoor.goal;

import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;

import nl.tweespoor.base.ColumnLimits;

/** What a leader enters for a strategic goal. */
public record GoalDraft(String title, String description, Integer horizonYear) {

    public static final int MAX_TITLE = ColumnLimits.max(STRATEGIC_GOAL.TITLE);
    public static final int MAX_DESCRIPTION = ColumnLimits.max(STRATEGIC_GOAL.DESCRIPTION);
}
