package nl.tweespoor.review;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Review decisions: leaders record them while a review is in progress; everyone reads them and the decision log. */
@Service
public class DecisionService {

    private final ReviewRepository reviews;
    private final DecisionRepository decisions;
    private final AgendaQueries agendaQueries;
    private final DecisionLogQueries decisionLog;
    private final KeptEvidence kept;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Spreadsheets spreadsheets;

    DecisionService(
            ReviewRepository reviews,
            DecisionRepository decisions,
            AgendaQueries agendaQueries,
            DecisionLogQueries decisionLog,
            KeptEvidence kept,
            CurrentUser currentUser,
            AuditLog auditLog,
            Spreadsheets spreadsheets) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.agendaQueries = agendaQueries;
        this.decisionLog = decisionLog;
        this.kept = kept;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.spreadsheets = spreadsheets;
    }

    /**
     * Records or changes a decision while the review is in progress. Locks the review first, as closing does: a
     * decision racing a closing lands before it (and the closing applies it) or finds the review closed.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void decide(long reviewId, long initiativeId, DecisionDraft draft, int expectedVersion) {
        var review = reviews.lockedReview(reviewId).orElseThrow(NotFoundException::new);
        review.requireInProgress();
        if (!agendaQueries.onOpenAgenda(reviewId, initiativeId)) {
            throw new InvalidInputException("review.not-on-agenda");
        }
        var item = decisions.subject(initiativeId);
        DecisionRules.check(draft, item.track(), item.stage());
        // The rules refused a draft without a decision or a reason.
        var recorded = new DecisionRepository.Recorded(
                Objects.requireNonNull(draft.decision()),
                Objects.requireNonNull(draft.reason()).trim(),
                trim(draft.conditions()),
                trim(draft.learned()),
                currentUser.require().id(),
                OffsetDateTime.now());
        var saved = decisions.save(reviewId, initiativeId, recorded, expectedVersion);
        auditLog.record(new AuditEntry(
                "DECISION_RECORDED",
                "review_decision",
                saved.row(),
                initiativeId,
                review.quarter() + " " + item.title() + ": " + draft.decision(),
                saved.before(),
                saved.after()));
    }

    /**
     * One page of the decision log, newest decision first: the rows after {@code after} (null: from the newest),
     * skipping {@code skip} of them. Read page after page by the last row's key, each page costs the same.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionRow> decisionLog(DecisionLogFilter filter, @Nullable DecisionKey after, int skip, int limit) {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and limit >= 1");
        }
        return decisionLog.page(filter, after, skip, Math.min(limit, 500));
    }

    /**
     * Writes every decision matching the log's filters, newest first, as a spreadsheet in the user's language,
     * streamed from the database, and records the export. Anyone signed in may read the log, so anyone may export it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void exportDecisionLog(DecisionLogFilter filter, ExportFormat format, Locale locale, OutputStream out) {
        long rows;
        try (var decided = decisionLog.export(filter)) {
            rows = spreadsheets.write(format, DecisionLogExport.LAYOUT, decided, locale, out);
        }
        auditLog.recordExport("decision-log", format.name(), rows, filter.toString());
    }

    /** Items for the decision log's item filter, a page at a time, matching the typed text. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> decisionLogItems(String text, int offset, int limit) {
        return decisionLog.items(text, offset, limit);
    }

    /** Reviews for the decision log's review filter, newest quarter first, a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> decisionLogReviews(String text, int offset, int limit) {
        return decisionLog.reviews(text, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionRow> decisionsOf(long initiativeId) {
        return decisions.decisionsOf(initiativeId);
    }

    /** The item's evidence as each review that decided it kept it at closing, by review id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, EvidenceAtClosing> evidenceAtClosing(long initiativeId) {
        return kept.ofItem(initiativeId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> decisionCounts(long reviewId) {
        return decisions.decisionCounts(reviewId);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
