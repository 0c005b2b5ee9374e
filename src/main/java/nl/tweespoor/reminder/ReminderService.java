package nl.tweespoor.reminder;

import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.PerRequest;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * To-dos before a review: made when a leader plans one, counted for the bell in the header, listed and marked done
 * by their owners; and each user's choice whether reminders reach them by e-mail.
 */
@Service
public class ReminderService {

    /** The bell counts once per request, however many components ask. */
    private static final PerRequest<Counted> OPEN_COUNT = PerRequest.named("open-todos");

    /** Whose count it is: a request signs in one user, but a test may switch users within one. */
    private record Counted(long user, int count) {}

    private final ReminderRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MailSettings mail;

    ReminderService(ReminderRepository repository, CurrentUser currentUser, AuditLog auditLog, MailSettings mail) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.mail = mail;
    }

    /**
     * To-dos for the owners of the review's agenda items without a status update since the previous review; in the
     * caller's transaction (planning the review), so both or neither are stored. Items that already have one get no
     * second. The number of new to-dos; their e-mails go out after commit (the to-dos are the outbox).
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public int remindOwners(long reviewId, String quarter) {
        var created = repository.createTodos(reviewId, quarter);
        if (!created.isEmpty()) {
            auditLog.record(new AuditEntry(
                    "TODOS_CREATED",
                    "review",
                    reviewId,
                    null,
                    "Review " + quarter + ": " + created.size() + " owner to-do(s) created",
                    null,
                    "{\"todos\": " + created.size() + "}"));
        }
        return created.size();
    }

    /** The signed-in user's open to-dos: one COUNT, once per request (again after the request changed something). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countOpen() {
        long me = currentUser.require().id();
        var kept = OPEN_COUNT.untilChanged(() -> new Counted(me, repository.countOpen(me)));
        if (kept.user() != me) {
            OPEN_COUNT.forget();
            return repository.countOpen(me);
        }
        return kept.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Todo> open(int offset, int limit) {
        return repository.open(currentUser.require().id(), offset, limit);
    }

    /** The owner marks their to-do done without posting an update (posting one clears it by itself). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markDone(long todoId) {
        long me = currentUser.require().id();
        if (!repository.markDone(todoId, me, OffsetDateTime.now())) {
            throw new InvalidInputException("reminder.not-open");
        }
        OPEN_COUNT.forget();
        auditLog.record(new AuditEntry(
                "TODO_DONE",
                "review_todo",
                todoId,
                repository.initiativeOf(todoId).orElse(null),
                "To-do marked done",
                "{\"done_at\": null}",
                "{\"done_at\": \"set\"}"));
    }

    /** Whether the signed-in user gets reminders by e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean emailReminders() {
        return repository.emailReminders(currentUser.require().id());
    }

    /** The signed-in user turns reminder e-mails on or off for themselves; audited when it changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setEmailReminders(boolean on) {
        long me = currentUser.require().id();
        if (repository.setEmailReminders(me, on)) {
            auditLog.record(new AuditEntry(
                    "USER_EMAIL_REMINDERS",
                    "app_user",
                    me,
                    null,
                    "Reminder e-mails turned " + (on ? "on" : "off"),
                    "{\"email_reminders\": " + !on + "}",
                    "{\"email_reminders\": " + on + "}"));
        }
    }

    /** Whether this installation sends mail at all (an administrator configures it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mailConfigured() {
        return mail.on();
    }
}
