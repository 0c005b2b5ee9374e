package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.ColumnLimits;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fragmentation radar (PRODUCT.md §4): everyone reads it; leaders accept a group with a reason or keep a
 * consolidation note on it.
 */
@Service
public class FragmentationService {

    public static final int MAX_REASON = ColumnLimits.max(FRAGMENTATION_NOTE.REASON);

    private final FragmentationQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    FragmentationService(FragmentationQueries queries, CurrentUser currentUser, AuditLog auditLog) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** All groups, open ones first, with budgets planned for the current calendar year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FragmentationGroup> groups() {
        return FragmentationRules.groups(queries.activeItems(LocalDate.now().getYear()),
                queries.assessmentsOfActiveItems(), queries.notes());
    }

    /** The groups this item is part of: where another department builds the same thing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FragmentationGroup> groupsOf(long initiativeId) {
        return groups().stream()
                .filter(group -> group.items().stream().anyMatch(item -> item.id() == initiativeId))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayManage() {
        return currentUser.require().isLeader();
    }

    /**
     * Accepts a group or records a consolidation note, or changes the note already there. The expected version is
     * null for a group without a note; a note someone else stored meanwhile is never overwritten.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void saveNote(String groupKey, Resolution resolution, String reason, Integer expectedVersion) {
        var text = validReason(reason);
        if (resolution == null) {
            throw new InvalidInputException("fragmentation.resolution-required");
        }
        if (groups().stream().noneMatch(group -> group.key().equals(groupKey))) {
            throw new NotFoundException();
        }
        var existing = Versioned.current(queries.note(groupKey), expectedVersion);
        var note = existing.orElseGet(queries::newNote);
        var before = existing.map(AuditLog::snapshot).orElse(null);
        note.setGroupKey(groupKey);
        note.setResolution(resolution.name());
        note.setReason(text);
        // The row keeps who set the current decision and when; the audit log keeps every earlier one.
        note.setCreatedBy(currentUser.require().id());
        note.setCreatedAt(OffsetDateTime.now());
        Versioned.store(note);
        auditLog.record(new AuditEntry(existing.isPresent() ? "FRAGMENTATION_NOTE_UPDATED"
                : "FRAGMENTATION_NOTE_CREATED", "fragmentation_note", note.getId(), null,
                summary(resolution, groupKey), before, AuditLog.snapshot(note)));
    }

    /** Takes a group's note away, so the group counts as open again. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void withdrawNote(String groupKey, int expectedVersion) {
        // A note withdrawn meanwhile is someone else's change too.
        var note = Versioned.current(queries.note(groupKey).orElseThrow(ConcurrentEditException::new),
                expectedVersion);
        var before = AuditLog.snapshot(note);
        Versioned.delete(note);
        auditLog.record(new AuditEntry("FRAGMENTATION_NOTE_WITHDRAWN", "fragmentation_note", note.getId(), null,
                "Fragmentation note withdrawn: " + groupKey, before, null));
    }

    private static String validReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("fragmentation.reason-required");
        }
        ColumnLimits.text("field.reason", reason, FRAGMENTATION_NOTE.REASON);
        return reason.trim();
    }

    private static String summary(Resolution resolution, String groupKey) {
        return (resolution == Resolution.ACCEPTED ? "Fragmentation group accepted: "
                : "Fragmentation group to consolidate: ") + groupKey;
    }
}
