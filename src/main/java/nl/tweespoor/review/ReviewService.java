package nl.tweespoor.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.reminder.ReminderService;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: leaders open one per quarter; everyone lists them and reads their agendas. Decisions are recorded and read
 * through {@link DecisionService}, closing through {@link ReviewClosing}.
 */
@Service
public class ReviewService {

    static final int HISTORY_QUARTERS = 40;

    private final ReviewRepository repository;
    private final AgendaService agendaService;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ReminderService reminders;
    private final ReviewHistoryQueries history;

    ReviewService(
            ReviewRepository repository,
            AgendaService agendaService,
            CurrentUser currentUser,
            AuditLog auditLog,
            ReminderService reminders,
            ReviewHistoryQueries history) {
        this.repository = repository;
        this.history = history;
        this.agendaService = agendaService;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.reminders = reminders;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReviewRow> reviews(int offset, int limit) {
        return repository.reviews(offset, limit);
    }

    /** The closed reviews of the last ten years at most, oldest first: decisions by kind and budget released. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ReviewHistory> history() {
        return history.closed(HISTORY_QUARTERS);
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

    /**
     * Plans the quarter's review ahead, meeting on the date (today or later, by the end of the next quarter), and
     * gives the owners of its agenda items without an update since the previous review a to-do. One review per
     * quarter, as opening: a quarter already planned, running or closed is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long plan(String quarter, @Nullable LocalDate meetingDate) {
        var asked = reachable(quarter);
        var date = MeetingDates.check(meetingDate, asked, LocalDate.now());
        var parsed = asked.toString();
        if (repository.quarterTaken(parsed)) {
            throw new InvalidInputException("review.quarter-taken", parsed);
        }
        var planned = repository.plan(parsed, date);
        auditLog.record(new AuditEntry(
                "REVIEW_PLANNED",
                "review",
                planned.row(),
                null,
                "Review " + parsed + " planned for " + date,
                planned.before(),
                planned.after()));
        reminders.remindOwners(planned.row(), parsed);
        return planned.row();
    }

    /**
     * Moves a planned review's meeting, against the version the leader saw (a second leader who moved it meanwhile
     * wins; this one is told). Owners who became due since planning get their to-do; nobody gets a second.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void reschedule(long reviewId, int version, @Nullable LocalDate meetingDate) {
        var review = repository.review(reviewId).orElseThrow(NotFoundException::new);
        if (!review.planned()) {
            throw new InvalidInputException("review.not-planned");
        }
        var date = MeetingDates.check(meetingDate, Quarter.parse(review.quarter()), LocalDate.now());
        var moved = repository.reschedule(reviewId, version, date);
        auditLog.record(new AuditEntry(
                "REVIEW_RESCHEDULED",
                "review",
                reviewId,
                null,
                "Review " + review.quarter() + " moved to " + date,
                moved.before(),
                moved.after()));
        reminders.remindOwners(reviewId, review.quarter());
    }

    /** Opens the quarter's review: a new one, or the planned one of that quarter, which then starts. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long open(String quarter) {
        var parsed = reachable(quarter).toString();
        var planned = repository.plannedReview(parsed);
        if (planned.isPresent()) {
            if (repository.anotherInProgress()) {
                throw new InvalidInputException("review.one-in-progress");
            }
            var started = repository.start(planned.get(), OffsetDateTime.now());
            auditLog.record(new AuditEntry(
                    "REVIEW_OPENED",
                    "review",
                    started.row(),
                    null,
                    "Review " + parsed + " opened",
                    started.before(),
                    started.after()));
            return started.row();
        }
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

    private static Quarter reachable(String quarter) {
        var asked = Quarter.parse(quarter);
        var current = Quarter.of(LocalDate.now());
        if (!ReviewQuarters.mayOpen(asked, current)) {
            var openable = ReviewQuarters.openable(current);
            throw new InvalidInputException(
                    "review.quarter-out-of-range", asked, openable.getFirst(), openable.getLast());
        }
        return asked;
    }

    /** The whole agenda with its evidence, flagged items first (the board pack); the meeting pages through it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AgendaItem> agenda(long reviewId) {
        return agendaService.all(reviewId);
    }
}
