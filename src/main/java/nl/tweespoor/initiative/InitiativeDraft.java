package nl.tweespoor.initiative;

import java.math.BigDecimal;

/**
 * The fields a user proposes or edits. Experiments use lead, participants, tool and outcomes; programmes use goal,
 * sponsor and journey. The service validates the whole draft again, whatever the form already checked.
 */
public record InitiativeDraft(
        String title,
        String description,
        String hypothesis,
        Layer layer,
        Ambition ambition,
        Long departmentId,
        Long goalId,
        String sponsor,
        String leadName,
        Integer participants,
        String toolVendor,
        String useCaseCategory,
        String journey,
        String startQuarter,
        String endQuarter,
        BigDecimal costEstimate,
        BigDecimal hoursSavedPerWeek,
        BigDecimal adoptionPct,
        BigDecimal satisfaction,
        String learnings) {
}
