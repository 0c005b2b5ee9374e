package nl.tweespoor.status;

import java.math.BigDecimal;

/** What an owner reports: RAG, progress, spend this quarter, summary, risks and next steps. */
public record StatusDraft(String rag, Integer progressPct, BigDecimal spend, String summary, String risks,
        String nextSteps) {
}
