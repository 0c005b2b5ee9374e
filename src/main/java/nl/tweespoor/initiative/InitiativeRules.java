package nl.tweespoor.initiative;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;

/** The validation rules of a draft; plain Java so they can be tested without Spring or a database. */
final class InitiativeRules {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int SHORT_MAX = 120;
    /** The largest values the columns hold: numeric(14, 2) and numeric(8, 1). */
    static final BigDecimal COST_MAX = new BigDecimal("999999999999.99");
    static final BigDecimal HOURS_MAX = new BigDecimal("9999999.9");

    private InitiativeRules() {
    }

    static void validate(Track track, InitiativeDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        maxLength(draft.title(), TITLE_MAX, "field.title");
        maxLength(draft.description(), TEXT_MAX, "field.description");
        maxLength(draft.hypothesis(), TEXT_MAX, "field.hypothesis");
        maxLength(draft.learnings(), TEXT_MAX, "field.learnings");
        maxLength(draft.sponsor(), SHORT_MAX, "field.sponsor");
        maxLength(draft.leadName(), SHORT_MAX, "field.lead");
        maxLength(draft.toolVendor(), SHORT_MAX, "field.tool");
        maxLength(draft.useCaseCategory(), SHORT_MAX, "field.use-case");
        maxLength(draft.journey(), 500, "field.journey");
        if (draft.departmentId() == null) {
            throw new InvalidInputException("validation.department-required");
        }
        if (draft.layer() == null || draft.ambition() == null) {
            throw new InvalidInputException("validation.layer-ambition-required");
        }
        if (track == Track.PERSONAL && draft.layer() != Layer.PERSONAL_PRODUCTIVITY) {
            throw new InvalidInputException("validation.experiment-layer");
        }
        if (track == Track.STRATEGIC && draft.layer() == Layer.PERSONAL_PRODUCTIVITY) {
            throw new InvalidInputException("validation.programme-layer");
        }
        validateQuarters(draft.startQuarter(), draft.endQuarter());
        notNegative(draft.costEstimate(), "field.cost");
        atMost(draft.costEstimate(), COST_MAX, "field.cost");
        notNegative(draft.hoursSavedPerWeek(), "field.hours-saved");
        atMost(draft.hoursSavedPerWeek(), HOURS_MAX, "field.hours-saved");
        between(draft.adoptionPct(), 0, 100, "field.adoption");
        between(draft.satisfaction(), 1, 5, "field.satisfaction");
        if (draft.participants() != null && draft.participants() < 0) {
            throw new InvalidInputException("validation.not-negative", "field.participants");
        }
    }

    private static void validateQuarters(String start, String end) {
        var startQuarter = isBlank(start) ? null : Quarter.parse(start);
        var endQuarter = isBlank(end) ? null : Quarter.parse(end);
        if (startQuarter != null && endQuarter != null && endQuarter.compareTo(startQuarter) < 0) {
            throw new InvalidInputException("validation.end-before-start");
        }
    }

    private static void maxLength(String value, int max, String fieldKey) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException("validation.too-long", fieldKey, max);
        }
    }

    private static void notNegative(BigDecimal value, String fieldKey) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException("validation.not-negative", fieldKey);
        }
    }

    private static void atMost(BigDecimal value, BigDecimal max, String fieldKey) {
        if (value != null && value.compareTo(max) > 0) {
            throw new InvalidInputException("validation.between", fieldKey, 0, max);
        }
    }

    private static void between(BigDecimal value, int min, int max, String fieldKey) {
        if (value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            throw new InvalidInputException("validation.between", fieldKey, min, max);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
