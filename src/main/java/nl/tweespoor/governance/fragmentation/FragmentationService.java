package nl.tweespoor.governance.fragmentation;

import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fragmentation radar (PRODUCT.md §4): everyone reads it; leaders accept a group with a reason or keep a
 * consolidation note on it.
 */
@Service
public class FragmentationService {

    public static final int MAX_REASON = 2000;
    public static final int MAX_KEY = 200;
    /** Items listed per group; the rest is a count. */
    public static final int ITEMS_SHOWN = 5;
    /** Items named per side of a principle difference; the rest is a count. */
    public static final int NAMES_SHOWN = 3;
    /** The most groups one call returns. */
    public static final int MAX_PAGE = 50;

    private final FragmentationQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PortfolioCache cache;

    FragmentationService(
            FragmentationQueries queries, CurrentUser currentUser, AuditLog auditLog, PortfolioCache cache) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.cache = cache;
    }

    /** The radar in numbers, counted in the database over every active item (kept while nothing changes). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public FragmentationSummary summary() {
        return cache.get(List.of("fragmentation-summary"), queries::summary);
    }

    /**
     * A page of groups, open ones first, then the widest, with budgets planned for the current calendar year; each
     * with its first {@link #ITEMS_SHOWN} items and {@link #NAMES_SHOWN} names per side of a difference.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FragmentationGroup> groups(boolean includeAccepted, int offset, int limit) {
        int first = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        int year = LocalDate.now().getYear();
        return cache.get(
                List.of("fragmentation-groups", includeAccepted, first, size, year),
                () -> List.copyOf(queries.page(includeAccepted, first, size, ITEMS_SHOWN, NAMES_SHOWN, year)));
    }

    /** The groups this item is part of (where another department builds the same thing), without differences. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FragmentationGroup> groupsOf(long initiativeId) {
        return queries.groupsOf(initiativeId, ITEMS_SHOWN, LocalDate.now().getYear());
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
    public void saveNote(
            @Nullable String groupKey,
            @Nullable Resolution resolution,
            @Nullable String reason,
            @Nullable Integer expectedVersion) {
        var text = validReason(reason);
        if (resolution == null) {
            throw new InvalidInputException("fragmentation.resolution-required");
        }
        // A key no group can have (too long for the column, or text PostgreSQL refuses) is asked nothing.
        if (groupKey == null
                || groupKey.length() > MAX_KEY
                || groupKey.indexOf('\u0000') >= 0
                || !queries.groupExists(groupKey)) {
            throw new NotFoundException();
        }
        var written = queries.saveNote(
                groupKey,
                expectedVersion,
                resolution,
                text,
                currentUser.require().id());
        auditLog.record(new AuditEntry(
                // only a note that was there has a before
                written.before() != null ? "FRAGMENTATION_NOTE_UPDATED" : "FRAGMENTATION_NOTE_CREATED",
                "fragmentation_note",
                written.row(),
                null,
                summary(resolution, groupKey),
                written.before(),
                written.after()));
    }

    /** Takes a group's note away, so the group counts as open again. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void withdrawNote(String groupKey, int expectedVersion) {
        var written = queries.deleteNote(groupKey, expectedVersion);
        auditLog.record(new AuditEntry(
                "FRAGMENTATION_NOTE_WITHDRAWN",
                "fragmentation_note",
                written.row(),
                null,
                "Fragmentation note withdrawn: " + groupKey,
                written.before(),
                written.after()));
    }

    private static String validReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("fragmentation.reason-required");
        }
        Drafts.text("field.reason", reason, MAX_REASON);
        return reason.trim();
    }

    private static String summary(Resolution resolution, String groupKey) {
        return (resolution == Resolution.ACCEPTED
                        ? "Fragmentation group accepted: "
                        : "Fragmentation group to consolidate: ")
                + groupKey;
    }
}
