package nl.tweespoor.goal;

import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Strategic goals: leaders keep them; everyone sees which programmes serve each one. */
@Service
public class GoalService {

    private final GoalRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PortfolioCache cache;

    GoalService(GoalRepository repository, CurrentUser currentUser, AuditLog auditLog, PortfolioCache cache) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.cache = cache;
    }

    /** Goals by horizon and title, for the programme form (a short list by nature). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> goalOptions() {
        return repository.options();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GoalRow> page(int offset, int limit) {
        // Each goal's programmes with their planned budget: sums over the budget lines, kept while nothing changes.
        return cache.get(List.of("goal-page", offset, limit), () -> List.copyOf(repository.page(offset, limit)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count() {
        return repository.count();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long create(GoalDraft draft) {
        var valid = valid(draft);
        var written = repository.insert(valid.title(), valid.description(), valid.horizonYear());
        record("GOAL_CREATED", written, "Strategic goal created: ");
        return written.row().id();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void update(long id, int expectedVersion, GoalDraft draft) {
        // a stale edit is refused before its draft is judged
        repository.requireCurrent(id, expectedVersion);
        var valid = valid(draft);
        var written = repository.update(id, expectedVersion, valid.title(), valid.description(), valid.horizonYear());
        record("GOAL_UPDATED", written, "Strategic goal edited: ");
    }

    private void record(String kind, Written<Goal> written, String summary) {
        var goal = written.row();
        auditLog.record(new AuditEntry(
                kind, "strategic_goal", goal.id(), null, summary + goal.title(), written.before(), written.after()));
    }

    /** The draft as stored: trimmed, a blank description as none. */
    private static Valid valid(GoalDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(draft);
        var horizonYear = draft.horizonYear();
        if (horizonYear == null) {
            throw new InvalidInputException("goal.horizon-invalid");
        }
        var description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().trim();
        return new Valid(draft.title().trim(), description, horizonYear);
    }

    private record Valid(String title, @Nullable String description, int horizonYear) {}
}
