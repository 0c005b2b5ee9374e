package nl.tweespoor.goal;

import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.db.tables.records.StrategicGoalRecord;
import nl.tweespoor.security.CurrentUser;
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
        var goal = repository.newRecord();
        apply(draft, goal);
        Versioned.store(goal);
        auditLog.record(new AuditEntry(
                "GOAL_CREATED",
                "strategic_goal",
                goal.getId(),
                null,
                "Strategic goal created: " + goal.getTitle(),
                null,
                AuditLog.snapshot(goal)));
        return goal.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void update(long id, int expectedVersion, GoalDraft draft) {
        var goal = Versioned.current(repository.find(id).orElseThrow(NotFoundException::new), expectedVersion);
        var before = AuditLog.snapshot(goal);
        apply(draft, goal);
        Versioned.store(goal);
        auditLog.record(new AuditEntry(
                "GOAL_UPDATED",
                "strategic_goal",
                id,
                null,
                "Strategic goal edited: " + goal.getTitle(),
                before,
                AuditLog.snapshot(goal)));
    }

    private static void apply(GoalDraft draft, StrategicGoalRecord goal) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(draft);
        if (draft.horizonYear() == null
                || draft.horizonYear() < GoalDraft.MIN_HORIZON
                || draft.horizonYear() > GoalDraft.MAX_HORIZON) {
            throw new InvalidInputException("goal.horizon-invalid");
        }
        goal.setTitle(draft.title().trim());
        goal.setDescription(
                draft.description() == null || draft.description().isBlank()
                        ? null
                        : draft.description().trim());
        goal.setHorizonYear(draft.horizonYear());
    }
}
