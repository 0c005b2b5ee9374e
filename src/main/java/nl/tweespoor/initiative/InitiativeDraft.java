package nl.tweespoor.initiative;

import java.math.BigDecimal;
import nl.tweespoor.base.validation.Amount;
import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/**
 * The fields a user proposes or edits. Experiments use lead, participants, tool and outcomes; programmes use goal
 * and sponsor; both may name the journey or chain they touch; an experiment may name the goal and the programme
 * it explores. The service validates the whole draft again, whatever the form already checked. Title, layer
 * and ambition a draft always has (the form requires them); every other field may be left empty.
 */
public record InitiativeDraft(
        @Text(field = "field.title", max = InitiativeDraft.MAX_TITLE, column = "initiative.title")
        String title,

        @Text(field = "field.description", max = InitiativeDraft.MAX_DESCRIPTION, column = "initiative.description")
        @Nullable String description,

        @Text(field = "field.hypothesis", max = InitiativeDraft.MAX_HYPOTHESIS, column = "initiative.hypothesis")
        @Nullable String hypothesis,

        Layer layer,
        Ambition ambition,
        @Nullable Long departmentId,
        @Nullable Long goalId,

        @Text(field = "field.sponsor", max = InitiativeDraft.MAX_SPONSOR, column = "initiative.sponsor") @Nullable String sponsor,

        @Text(field = "field.lead", max = InitiativeDraft.MAX_LEAD, column = "initiative.lead_name") @Nullable String leadName,

        @Nullable Integer participants,

        @Text(field = "field.tool", max = InitiativeDraft.MAX_TOOL, column = "initiative.tool_vendor") @Nullable String toolVendor,

        @Text(field = "field.use-case", max = InitiativeDraft.MAX_USE_CASE, column = "initiative.use_case_category")
        @Nullable String useCaseCategory,

        @Nullable Long journeyId,

        /** Experiments only: the programme the experiment explores (issue 13), beside or instead of a goal. */
        @Nullable Long exploresProgrammeId,

        @Nullable String startQuarter,
        @Nullable String endQuarter,

        @Amount(field = "field.cost", precision = 14, scale = 2, column = "initiative.cost_estimate") @Nullable BigDecimal costEstimate,

        @Amount(field = "field.hours-saved", precision = 8, scale = 1, column = "initiative.hours_saved_per_week")
        @Nullable BigDecimal hoursSavedPerWeek,

        @Amount(field = "field.adoption", precision = 5, scale = 1, column = "initiative.adoption_pct") @Nullable BigDecimal adoptionPct,

        @Amount(field = "field.satisfaction", precision = 2, scale = 1, column = "initiative.satisfaction") @Nullable BigDecimal satisfaction,

        @Text(field = "field.learnings", max = InitiativeDraft.MAX_LEARNINGS, column = "initiative.learnings") @Nullable String learnings) {

    /** Column lengths, for the form; the service checks the same limits (DeclaredLimitsTest: as the schema has them). */
    public static final int MAX_TITLE = 200;

    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_HYPOTHESIS = 4000;
    public static final int MAX_LEARNINGS = 4000;
    public static final int MAX_SPONSOR = 120;
    public static final int MAX_LEAD = 120;
    public static final int MAX_TOOL = 120;
    public static final int MAX_USE_CASE = 120;
}
