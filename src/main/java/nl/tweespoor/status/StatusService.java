package nl.tweespoor.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Slice;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status updates: the owner (or a leader) reports; an entered spend becomes the quarter's actual. */
@Service
public class StatusService {

    /** Status updates an item's page shows at first and per "show more". */
    public static final int HISTORY_PAGE = 10;

    private final StatusRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final FlagService flags;

    StatusService(StatusRepository repository, CurrentUser currentUser, AuditLog auditLog, FlagService flags) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.flags = flags;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayPost(long ownerId) {
        return currentUser.require().mayWorkOnItemOwnedBy(ownerId);
    }

    /** This quarter's actual spend of the item and the version of its budget line, for the status form. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public QuarterSpend quarterSpend(long initiativeId) {
        var quarter = Quarter.of(LocalDate.now()).toString();
        return repository
                .budgetLine(initiativeId, quarter)
                .map(line -> new QuarterSpend(quarter, line.getActual(), line.getVersion()))
                .orElse(new QuarterSpend(quarter, null, null));
    }

    /**
     * Posts a status update. An entered spend becomes this quarter's actual, checked against the budget line version
     * the author saw like any other edit of that line; an empty spend leaves the actual as it is.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public long post(long initiativeId, StatusDraft draft) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        if (!mayPost(item.getOwnerId())) {
            throw new NotPermittedException("status.only-owner");
        }
        validate(draft);
        var quarter = Quarter.of(LocalDate.now()).toString();
        if (draft.spend() != null) {
            setActual(item.getTitle(), initiativeId, quarter, draft.spend(), draft.budgetLineVersion());
        }
        var update = repository.newUpdate();
        update.setInitiativeId(initiativeId);
        update.setAuthorId(currentUser.require().id());
        update.setRag(draft.rag());
        update.setProgressPct(draft.progressPct());
        update.setQuarter(quarter);
        update.setSpend(draft.spend());
        update.setSummary(draft.summary().trim());
        update.setRisks(blankToNull(draft.risks()));
        update.setNextSteps(blankToNull(draft.nextSteps()));
        update.setCreatedAt(OffsetDateTime.now());
        Versioned.store(update);
        auditLog.record(new AuditEntry(
                "STATUS_POSTED",
                "status_update",
                update.getId(),
                initiativeId,
                item.getTitle() + ": " + draft.rag() + ", " + draft.progressPct() + "%",
                null,
                AuditLog.snapshot(update)));
        return update.getId();
    }

    private void setActual(
            String title, long initiativeId, String quarter, BigDecimal actual, @Nullable Integer seenVersion) {
        var stored = Versioned.current(repository.budgetLine(initiativeId, quarter), seenVersion);
        if (stored.filter(line -> line.getActual().compareTo(actual) == 0).isPresent()) {
            return;
        }
        var line = stored.orElseGet(() -> repository.newLine(initiativeId, quarter));
        var before = stored.map(AuditLog::snapshot).orElse(null);
        line.setActual(actual);
        Versioned.store(line);
        auditLog.record(new AuditEntry(
                "BUDGET_LINE_SAVED",
                "budget_line",
                line.getId(),
                initiativeId,
                title + " " + quarter + ": actual " + actual + " from status update",
                before,
                AuditLog.snapshot(line)));
    }

    /** The newest {@value #HISTORY_PAGE} updates of the item. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StatusEntry> history(long initiativeId) {
        return history(initiativeId, 0, HISTORY_PAGE).items();
    }

    /** Updates of the item newest first, from {@code offset}, at most {@code limit} (up to 100), and if there are more. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Slice<StatusEntry> history(long initiativeId, int offset, int limit) {
        int bounded = Math.clamp(limit, 1, 100);
        return Slice.of(repository.history(initiativeId, Math.max(0, offset), bounded + 1), bounded);
    }

    /** One page of the signed-in user's open items, those longest without an update first, with their flags. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyItem> myItems(int offset, int limit) {
        long owner = currentUser.require().id();
        var rows = repository.ownedOpenItems(owner, offset, Math.min(limit, 500));
        var signals =
                flags.signals(rows.stream().map(StatusRepository.OwnedItem::id).toList());
        return rows.stream()
                .map(r -> new MyItem(
                        r.id(),
                        owner,
                        r.track(),
                        r.title(),
                        r.stage(),
                        r.lastUpdate(),
                        Objects.requireNonNull(signals.get(r.id()))))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countMyItems() {
        return repository.countOwnedOpenItems(currentUser.require().id());
    }

    private static void validate(StatusDraft draft) {
        if (Rag.of(draft.rag()).isEmpty()) {
            throw new InvalidInputException("status.rag-required");
        }
        if (draft.progressPct() == null || draft.progressPct() < 0 || draft.progressPct() > StatusDraft.MAX_PROGRESS) {
            throw new InvalidInputException("validation.between", "field.progress", 0, StatusDraft.MAX_PROGRESS);
        }
        if (draft.spend() != null && draft.spend().signum() < 0) {
            throw new InvalidInputException("validation.not-negative", "field.spend");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            throw new InvalidInputException("status.summary-required");
        }
        checkLimits(draft);
    }

    private static void checkLimits(StatusDraft draft) {
        Drafts.check(draft);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
