package nl.tweespoor.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.initiative.InitiativeLifecycleService;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.initiative.Stage;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a review: every agenda item must have a decision; all effects apply in one transaction (STOP → stopped and
 * later planned budget released; PROMOTE → the promotion operation; SCALE → next stage through the same gate as any
 * move; ADJUST → conditions already stored). If any effect fails, nothing changes. Closed is final — the database
 * refuses later changes too.
 */
@Service
public class ReviewClosing {

    private final ReviewRepository repository;
    private final InitiativeLifecycleService lifecycle;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ReviewClosing(ReviewRepository repository, InitiativeLifecycleService lifecycle, CurrentUser currentUser,
            AuditLog auditLog) {
        this.repository = repository;
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * Returns the planned budget released by STOP decisions. The review row is locked first: a decision being recorded
     * at the same moment either committed before (and its effect applies here) or waits and then finds the review
     * closed.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public BigDecimal close(long reviewId) {
        var review = repository.lockedReview(reviewId).orElseThrow(NotFoundException::new);
        if (!"IN_PROGRESS".equals(review.getStatus())) {
            throw new InvalidInputException("review.not-open");
        }
        var decisions = repository.decisionRecords(reviewId);
        var decided = new HashSet<Long>();
        decisions.forEach(d -> decided.add(d.getInitiativeId()));
        long undecided = repository.agendaIds(reviewId, false).stream().filter(id -> !decided.contains(id)).count();
        if (undecided > 0) {
            throw new InvalidInputException("review.undecided", undecided);
        }
        var current = Quarter.of(LocalDate.now());
        var released = BigDecimal.ZERO;
        for (var decision : decisions) {
            long id = decision.getInitiativeId();
            int version = repository.itemVersion(id);
            switch (Decision.valueOf(decision.getDecision())) {
                case STOP -> {
                    lifecycle.moveStage(id, version, Stage.STOPPED);
                    var amount = releaseLaterPlanned(id, current, review.getQuarter());
                    decision.setBudgetReleased(amount);
                    decision.store();
                    released = released.add(amount);
                }
                case PROMOTE -> lifecycle.promote(id, version);
                case SCALE -> {
                    var item = repository.items(java.util.List.of(id)).get(0);
                    var next = DecisionRules.NEXT_STAGE.get(item.get(nl.tweespoor.db.Tables.INITIATIVE.STAGE));
                    if (next == null) {
                        throw new InvalidInputException("review.scale-programmes-only");
                    }
                    try {
                        lifecycle.moveStage(id, version, Stage.valueOf(next));
                    } catch (GateRefusedException refusal) {
                        // Say which item holds the closing up; the gate's own message says what is missing.
                        throw new InvalidInputException("review.scale-refused",
                                item.get(nl.tweespoor.db.Tables.INITIATIVE.TITLE), refusal);
                    }
                }
                case ADJUST, CONTINUE -> {
                    // Conditions and reasons are stored with the decision itself.
                }
            }
        }
        var before = AuditLog.snapshot(review);
        review.setStatus("CLOSED");
        review.setClosedAt(OffsetDateTime.now());
        review.setClosedBy(currentUser.require().id());
        review.store();
        auditLog.record(new AuditEntry("REVIEW_CLOSED", "review", reviewId, null,
                "Review " + review.getQuarter() + " closed: " + decisions.size() + " decisions, released " + released,
                before, AuditLog.snapshot(review)));
        return released;
    }

    /** Sets the planned amount of the item's quarters after {@code current} to zero, one audit event per line. */
    private BigDecimal releaseLaterPlanned(long initiativeId, Quarter current, String reviewQuarter) {
        var released = BigDecimal.ZERO;
        for (var line : repository.laterPlannedLines(initiativeId, current)) {
            var before = AuditLog.snapshot(line);
            var amount = line.getPlanned();
            line.setPlanned(BigDecimal.ZERO);
            Versioned.store(line);
            released = released.add(amount);
            auditLog.record(new AuditEntry("BUDGET_RELEASED", "budget_line", line.getId(), initiativeId,
                    "Review " + reviewQuarter + " stopped the item: planned " + amount + " of " + line.getQuarter()
                            + " released", before, AuditLog.snapshot(line)));
        }
        return released;
    }
}
