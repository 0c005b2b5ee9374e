package nl.tweespoor.status;

import java.math.BigDecimal;

/**
 * What an owner reports: RAG, progress, spend this quarter, summary, risks and next steps. {@code spend} is null when
 * left empty (the quarter's actual stays as it is); {@code budgetLineVersion} is the version of this quarter's budget
 * line the author saw (from {@link QuarterSpend}), null when there was none.
 */
public record StatusDraft(
        String rag,
        Integer progressPct,
        BigDecimal spend,
        String summary,
        String risks,
        String nextSteps,
        Integer budgetLineVersion) {}
