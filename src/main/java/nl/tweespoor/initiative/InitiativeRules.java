package nl.tweespoor.initiative;

import java.math.BigDecimal;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.validation.Drafts;
import org.jspecify.annotations.Nullable;

/** The validation rules of a draft; plain Java so they can be tested without Spring or a database. */
final class InitiativeRules {

    private InitiativeRules() {}

    static void validate(Track track, InitiativeDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(draft);
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
        if (track == Track.STRATEGIC && draft.exploresProgrammeId() != null) {
            throw new InvalidInputException("validation.explores-programme-experiments-only");
        }
        validateQuarters(draft.startQuarter(), draft.endQuarter());
        notNegative(draft.costEstimate(), "field.cost");
        notNegative(draft.hoursSavedPerWeek(), "field.hours-saved");
        between(draft.adoptionPct(), 0, 100, "field.adoption");
        between(draft.satisfaction(), 1, 5, "field.satisfaction");
        if (draft.participants() != null && draft.participants() < 0) {
            throw new InvalidInputException("validation.not-negative", "field.participants");
        }
    }

    private static void validateQuarters(@Nullable String start, @Nullable String end) {
        var startQuarter = start == null || start.isBlank() ? null : Quarter.parse(start);
        var endQuarter = end == null || end.isBlank() ? null : Quarter.parse(end);
        if (startQuarter != null && endQuarter != null && endQuarter.compareTo(startQuarter) < 0) {
            throw new InvalidInputException("validation.end-before-start");
        }
    }

    private static void notNegative(@Nullable BigDecimal value, String fieldKey) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException("validation.not-negative", fieldKey);
        }
    }

    private static void between(@Nullable BigDecimal value, int min, int max, String fieldKey) {
        if (value != null
                && (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            throw new InvalidInputException("validation.between", fieldKey, min, max);
        }
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
