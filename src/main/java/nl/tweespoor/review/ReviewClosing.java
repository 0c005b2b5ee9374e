package nl.tweespoor.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.initiative.GateRefusedException;
import nl.tweespoor.initiative.InitiativeLifecycleService;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a review: every agenda item must have a decision; all effects apply in one transaction (STOP → stopped and
 * later planned budget released; PROMOTE → the promotion operation; SCALE → next stage through the same gate as any
 * move; ADJUST → conditions already stored). If any effect fails, nothing changes. Closed is final — the database
 * refuses later changes too. Before any effect applies, the evidence the decisions were taken on is kept
 * ({@link KeptEvidence}): a closed review shows it rather than today's data.
 * <p>
 * STOP, the decision that comes by the thousand, is applied set-based: a fixed number of statements, each with its
 * audit events written alongside by one INSERT ... SELECT. PROMOTE and SCALE go one by one through the lifecycle
 * service, so the gate and the promotion keep their own rules; a review has few of them.
 */
@Service
public class ReviewClosing {

    private final ReviewRepository repository;
    private final ClosingStatements statements;
    private final InitiativeLifecycleService lifecycle;
    private final AgendaService agenda;
    private final PackFigures figures;
    private final KeptEvidence kept;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ReviewClosing(
            ReviewRepository repository,
            ClosingStatements statements,
            InitiativeLifecycleService lifecycle,
            AgendaService agenda,
            PackFigures figures,
            KeptEvidence kept,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.repository = repository;
        this.statements = statements;
        this.lifecycle = lifecycle;
        this.agenda = agenda;
        this.figures = figures;
        this.kept = kept;
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
        review.requireInProgress();
        var tally = statements.tally(reviewId);
        if (tally.undecided() > 0) {
            throw new InvalidInputException("review.undecided", tally.undecided());
        }
        statements.firstUnstoppable(reviewId).ifPresent(item -> {
            throw new InvalidInputException("review.stop-not-possible", item[0], "stage." + item[1]);
        });
        keepEvidence(reviewId);
        oneByOne(reviewId);
        var released = stop(reviewId, review.quarter());
        var closed = repository.close(
                reviewId, review.version(), currentUser.require().id(), OffsetDateTime.now());
        auditLog.record(new AuditEntry(
                "REVIEW_CLOSED",
                "review",
                reviewId,
                null,
                "Review " + review.quarter() + " closed: " + tally.decided() + " decisions, released " + released,
                closed.before(),
                closed.after()));
        return released;
    }

    /**
     * The evidence the decisions were taken on, as it stands before their effects apply: every item's (in agenda order)
     * and the review's own figures, kept for good in this transaction by a fixed number of statements.
     */
    private void keepEvidence(long reviewId) {
        var items = agenda.all(reviewId);
        kept.keepItems(reviewId, items);
        kept.keepPack(reviewId, figures.live(items));
    }

    private void oneByOne(long reviewId) {
        for (var item : statements.oneByOne(reviewId)) {
            if (Decision.valueOf(item.decision()) == Decision.PROMOTE) {
                lifecycle.promote(item.initiativeId(), item.version());
                continue;
            }
            var next = DecisionRules.NEXT_STAGE.get(item.stage());
            if (next == null) {
                throw new InvalidInputException("review.scale-programmes-only");
            }
            try {
                lifecycle.moveStage(item.initiativeId(), item.version(), next);
            } catch (GateRefusedException refusal) {
                // Say which item holds the closing up; the gate's own message says what is missing.
                throw new InvalidInputException("review.scale-refused", item.title(), refusal);
            }
        }
    }

    /**
     * Stops every STOP item and sets the planned amount of its quarters after this one to zero: the amount released is
     * written on each decision, every released line and every stopped item gets its own audit event.
     */
    private BigDecimal stop(long reviewId, String reviewQuarter) {
        var current = Quarter.of(LocalDate.now());
        statements.lockLaterPlanned(reviewId, current);
        auditLog.recordAll(
                "BUDGET_RELEASED", "budget_line", statements.releasedLines(reviewId, current, reviewQuarter));
        var released = statements.recordReleased(reviewId, current);
        statements.releaseLaterPlanned(reviewId, current);
        statements.lockStopped(reviewId);
        auditLog.recordAll("STAGE_CHANGED", "initiative", statements.stoppedItems(reviewId));
        statements.stop(reviewId);
        return released;
    }
}
