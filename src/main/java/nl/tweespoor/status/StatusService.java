package nl.tweespoor.status;

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
                .spend(initiativeId, quarter)
                .map(line -> new QuarterSpend(quarter, line.actual(), line.version()))
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
        if (!mayPost(item.ownerId())) {
            throw new NotPermittedException("status.only-owner");
        }
        validate(draft);
        // validate refused a draft without a RAG, a progress or a summary
        var rag = Objects.requireNonNull(draft.rag());
        int progress = Objects.requireNonNull(draft.progressPct());
        var summary = Objects.requireNonNull(draft.summary()).trim();
        var quarter = Quarter.of(LocalDate.now()).toString();
        var spend = draft.spend();
        if (spend != null) {
            repository
                    .setActual(initiativeId, quarter, spend, draft.budgetLineVersion())
                    .ifPresent(line -> auditLog.record(new AuditEntry(
                            "BUDGET_LINE_SAVED",
                            "budget_line",
                            line.row(),
                            initiativeId,
                            item.title() + " " + quarter + ": actual " + spend + " from status update",
                            line.before(),
                            line.after())));
        }
        var update = repository.insert(new StatusRepository.NewUpdate(
                initiativeId,
                currentUser.require().id(),
                rag,
                progress,
                quarter,
                spend,
                summary,
                blankToNull(draft.risks()),
                blankToNull(draft.nextSteps()),
                OffsetDateTime.now()));
        auditLog.record(new AuditEntry(
                "STATUS_POSTED",
                "status_update",
                update.row(),
                initiativeId,
                item.title() + ": " + rag + ", " + progress + "%",
                null,
                update.after()));
        return update.row();
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
        if (draft.rag() == null) {
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
