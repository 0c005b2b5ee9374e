package nl.tweespoor.review;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.stage.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews: leaders open one per quarter and record decisions; everyone reads agendas and the decision log. */
@Service
public class ReviewService {

    private final ReviewRepository repository;
    private final AgendaQueries agendaQueries;
    private final AgendaService agendaService;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final DecisionLogQueries decisionLog;

    ReviewService(
            ReviewRepository repository,
            AgendaQueries agendaQueries,
            AgendaService agendaService,
            CurrentUser currentUser,
            AuditLog auditLog,
            DecisionLogQueries decisionLog) {
        this.repository = repository;
        this.agendaQueries = agendaQueries;
        this.agendaService = agendaService;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.decisionLog = decisionLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReviewRow> reviews(int offset, int limit) {
        return repository.reviews(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countReviews() {
        return repository.countReviews();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReviewRow review(long id) {
        var review = repository.review(id).orElseThrow(NotFoundException::new);
        return new ReviewRow(
                review.getId(),
                review.getQuarter(),
                review.getStatus(),
                review.getOpenedAt(),
                review.getClosedAt(),
                agendaQueries.countDecisions(id));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayDecide() {
        return currentUser.require().isLeader();
    }

    /** The quarters the open form offers; {@link #open} refuses any other. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> openableQuarters() {
        return ReviewQuarters.openable(Quarter.of(LocalDate.now())).stream()
                .map(Quarter::toString)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long open(String quarter) {
        var asked = Quarter.parse(quarter);
        var current = Quarter.of(LocalDate.now());
        if (!ReviewQuarters.mayOpen(asked, current)) {
            var openable = ReviewQuarters.openable(current);
            throw new InvalidInputException(
                    "review.quarter-out-of-range", asked, openable.getFirst(), openable.getLast());
        }
        var parsed = asked.toString();
        if (repository.quarterTaken(parsed)) {
            throw new InvalidInputException("review.quarter-taken", parsed);
        }
        if (repository.anotherInProgress()) {
            throw new InvalidInputException("review.one-in-progress");
        }
        var review = repository.newReview();
        review.setQuarter(parsed);
        review.setStatus("IN_PROGRESS");
        review.setOpenedAt(OffsetDateTime.now());
        Versioned.store(review);
        auditLog.record(new AuditEntry(
                "REVIEW_OPENED",
                "review",
                review.getId(),
                null,
                "Review " + parsed + " opened",
                null,
                AuditLog.snapshot(review)));
        return review.getId();
    }

    /** The whole agenda with its evidence, flagged items first (the board pack); the meeting pages through it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaItem> agenda(long reviewId) {
        return agendaService.all(reviewId);
    }

    /**
     * Records or changes a decision while the review is in progress. Locks the review first, as closing does: a
     * decision racing a closing lands before it (and the closing applies it) or finds the review closed.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void decide(long reviewId, long initiativeId, DecisionDraft draft, int expectedVersion) {
        var review = repository.lockedReview(reviewId).orElseThrow(NotFoundException::new);
        if (!"IN_PROGRESS".equals(review.getStatus())) {
            throw new InvalidInputException("review.not-open");
        }
        if (!agendaQueries.onOpenAgenda(reviewId, initiativeId)) {
            throw new InvalidInputException("review.not-on-agenda");
        }
        var item = repository.items(List.of(initiativeId)).get(0).into(INITIATIVE);
        DecisionRules.check(draft, Track.valueOf(item.getTrack()), Stage.valueOf(item.getStage()));
        var existing = Versioned.currentOrNone(repository.decisionRecord(reviewId, initiativeId), expectedVersion);
        var record = existing.orElseGet(repository::newDecision);
        var before = existing.map(AuditLog::snapshot).orElse(null);
        record.setReviewId(reviewId);
        record.setInitiativeId(initiativeId);
        record.setDecision(draft.decision().name());
        record.setReason(draft.reason().trim());
        record.setConditions(trim(draft.conditions()));
        record.setLearned(trim(draft.learned()));
        record.setDecidedBy(currentUser.require().id());
        record.setDecidedAt(OffsetDateTime.now());
        Versioned.store(record);
        auditLog.record(new AuditEntry(
                "DECISION_RECORDED",
                "review_decision",
                record.getId(),
                initiativeId,
                review.getQuarter() + " " + item.getTitle() + ": " + draft.decision(),
                before,
                AuditLog.snapshot(record)));
    }

    /**
     * One page of the decision log, newest decision first: the rows after {@code after} (null: from the newest),
     * skipping {@code skip} of them. Read page after page by the last row's key, each page costs the same.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionRow> decisionLog(DecisionLogFilter filter, DecisionKey after, int skip, int limit) {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip must be >= 0 and limit >= 1");
        }
        return decisionLog.page(filter, after, skip, Math.min(limit, 500));
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
        return repository.decisions(REVIEW_DECISION.INITIATIVE_ID.eq(initiativeId), 0, 200);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> decisionCounts(long reviewId) {
        return repository.decisionCounts(reviewId);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
