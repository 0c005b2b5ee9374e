package nl.tweespoor.goal;

import nl.tweespoor.base.validation.Between;
import nl.tweespoor.base.validation.Text;

/** What a leader enters for a strategic goal. */
public record GoalDraft(
        @Text(field = "field.title", max = GoalDraft.MAX_TITLE, column = "strategic_goal.title")
        String title,

        @Text(field = "field.description", max = GoalDraft.MAX_DESCRIPTION, column = "strategic_goal.description")
        String description,

        @Between(
                field = "goal.horizon",
                min = GoalDraft.MIN_HORIZON,
                max = GoalDraft.MAX_HORIZON,
                message = "goal.horizon-invalid")
        Integer horizonYear) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    /** The years a goal's horizon may lie in. */
    public static final int MIN_HORIZON = 2000;

    public static final int MAX_HORIZON = 2100;
}
