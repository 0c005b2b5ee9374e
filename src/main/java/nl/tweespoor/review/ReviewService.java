package nl.tweespoor.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: leaders open one per quarter; everyone lists them and reads their agendas. Decisions are recorded and read
 * through {@link DecisionService}, closing through {@link ReviewClosing}.
 */
@Service
public class ReviewService {

    private final ReviewRepository repository;
    private final AgendaService agendaService;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ReviewService(
            ReviewRepository repository, AgendaService agendaService, CurrentUser currentUser, AuditLog auditLog) {
        this.repository = repository;
        this.agendaService = agendaService;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
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
        return repository.review(id).orElseThrow(NotFoundException::new);
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
        var opened = repository.open(parsed, OffsetDateTime.now());
        auditLog.record(new AuditEntry(
                "REVIEW_OPENED",
                "review",
                opened.row(),
                null,
                "Review " + parsed + " opened",
                opened.before(),
                opened.after()));
        return opened.row();
    }

    /** The whole agenda with its evidence, flagged items first (the board pack); the meeting pages through it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaItem> agenda(long reviewId) {
        return agendaService.all(reviewId);
    }
}
