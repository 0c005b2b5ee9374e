package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.util.Map;
import nl.tweespoor.base.ColumnLimits;
import nl.tweespoor.base.InvalidInputException;

/** What a decision needs (PRODUCT.md §4); plain Java, testable without a database. */
final class DecisionRules {

    /** SCALE moves a programme one stage on. */
    static final Map<String, String> NEXT_STAGE =
            Map.of("IDEA", "DISCOVERY", "DISCOVERY", "PILOT", "PILOT", "SCALE", "SCALE", "RUN");

    private DecisionRules() {}

    static void check(DecisionDraft draft, String track, String stage) {
        if (draft.decision() == null) {
            throw new InvalidInputException("review.decision-required");
        }
        if (blank(draft.reason())) {
            throw new InvalidInputException("review.reason-required");
        }
        if (draft.decision() == Decision.PROMOTE && !"PERSONAL".equals(track)) {
            throw new InvalidInputException("review.promote-experiments-only");
        }
        if (draft.decision() == Decision.PROMOTE && !"RUNNING".equals(stage) && !"CONCLUDED".equals(stage)) {
            throw new InvalidInputException("promotion.not-possible");
        }
        if (draft.decision() == Decision.SCALE && (!"STRATEGIC".equals(track) || !NEXT_STAGE.containsKey(stage))) {
            throw new InvalidInputException("review.scale-programmes-only");
        }
        if (draft.decision() == Decision.ADJUST && blank(draft.conditions())) {
            throw new InvalidInputException("review.conditions-required");
        }
        if (draft.decision() == Decision.STOP && blank(draft.learned())) {
            throw new InvalidInputException("review.learned-required");
        }
        ColumnLimits.text("field.reason", draft.reason(), REVIEW_DECISION.REASON);
        ColumnLimits.text("field.conditions", draft.conditions(), REVIEW_DECISION.CONDITIONS);
        ColumnLimits.text("field.learned", draft.learned(), REVIEW_DECISION.LEARNED);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
