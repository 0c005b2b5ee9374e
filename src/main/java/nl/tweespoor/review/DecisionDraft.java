package nl.tweespoor.review;

import nl.tweespoor.base.validation.Text;

/** A leader's decision with its reason; ADJUST takes conditions, STOP what was learned. */
public record DecisionDraft(
        Decision decision,

        @Text(field = "field.reason", max = DecisionDraft.MAX_TEXT, column = "review_decision.reason")
        String reason,

        @Text(field = "field.conditions", max = DecisionDraft.MAX_TEXT, column = "review_decision.conditions")
        String conditions,

        @Text(field = "field.learned", max = DecisionDraft.MAX_TEXT, column = "review_decision.learned")
        String learned) {

    /** Reason, conditions and what was learned each. */
    public static final int MAX_TEXT = 4000;
}
