package nl.tweespoor.status;

import java.math.BigDecimal;
import nl.tweespoor.base.validation.Amount;
import nl.tweespoor.base.validation.Text;
import org.jspecify.annotations.Nullable;

/**
 * What an owner reports: RAG, progress, spend this quarter, summary, risks and next steps. {@code spend} is null when
 * left empty (the quarter's actual stays as it is); {@code budgetLineVersion} is the version of this quarter's budget
 * line the author saw (from {@link QuarterSpend}), null when there was none.
 */
public record StatusDraft(
        @Nullable Rag rag,
        @Nullable Integer progressPct,

        @Amount(field = "field.spend", precision = 14, scale = 2, column = "status_update.spend") @Nullable BigDecimal spend,

        @Text(field = "field.summary", max = StatusDraft.MAX_TEXT, column = "status_update.summary") @Nullable String summary,

        @Text(field = "field.risks", max = StatusDraft.MAX_TEXT, column = "status_update.risks") @Nullable String risks,

        @Text(field = "field.next-steps", max = StatusDraft.MAX_TEXT, column = "status_update.next_steps") @Nullable String nextSteps,

        @Nullable Integer budgetLineVersion) {

    /** Progress is a percentage: 0 to this. */
    public static final int MAX_PROGRESS = 100;

    /** Summary, risks and next steps each. */
    public static final int MAX_TEXT = 4000;
}
