package nl.tweespoor.review;

import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/** A leader's decision with its reason; ADJUST takes conditions, STOP what was learned. */
public record DecisionDraft(
        @Nullable Decision decision,

        @Text(field = "field.reason", max = DecisionDraft.MAX_TEXT, column = "review_decision.reason") @Nullable String reason,

        @Text(field = "field.conditions", max = DecisionDraft.MAX_TEXT, column = "review_decision.conditions") @Nullable String conditions,

        @Text(field = "field.learned", max = DecisionDraft.MAX_TEXT, column = "review_decision.learned") @Nullable String learned) {

    /** Reason, conditions and what was learned each. */
    public static final int MAX_TEXT = 4000;
}
