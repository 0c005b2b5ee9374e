package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.math.BigDecimal;
import nl.tweespoor.base.ColumnLimits;

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

    /** Column lengths, for the form; the service checks the same columns. */
    public static final int MAX_TITLE = ColumnLimits.max(INITIATIVE.TITLE);

    public static final int MAX_DESCRIPTION = ColumnLimits.max(INITIATIVE.DESCRIPTION);
    public static final int MAX_HYPOTHESIS = ColumnLimits.max(INITIATIVE.HYPOTHESIS);
    public static final int MAX_LEARNINGS = ColumnLimits.max(INITIATIVE.LEARNINGS);
    public static final int MAX_SPONSOR = ColumnLimits.max(INITIATIVE.SPONSOR);
    public static final int MAX_LEAD = ColumnLimits.max(INITIATIVE.LEAD_NAME);
    public static final int MAX_TOOL = ColumnLimits.max(INITIATIVE.TOOL_VENDOR);
    public static final int MAX_USE_CASE = ColumnLimits.max(INITIATIVE.USE_CASE_CATEGORY);
    public static final int MAX_JOURNEY = ColumnLimits.max(INITIATIVE.JOURNEY);
}
