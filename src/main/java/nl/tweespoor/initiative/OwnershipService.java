package nl.tweespoor.initiative;

import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Option;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing an item to another owner (issue 13): leaders only, to an active leader or programme manager, against the
 * version the leader saw. The new owner then finds the item in My items and may work on it as its owner.
 */
@Service
public class OwnershipService {

    private final InitiativeWriteRepository items;
    private final ItemOwnerQueries owners;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    OwnershipService(
            InitiativeWriteRepository items, ItemOwnerQueries owners, CurrentUser currentUser, AuditLog auditLog) {
        this.items = items;
        this.owners = owners;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Whether the signed-in user may hand items over; for showing the action, the service checks again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayHandOver() {
        return currentUser.require().isLeader();
    }

    /** Whether {@code userId} may own an item or a journey: an active leader or programme manager. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayOwn(long userId) {
        return owners.mayOwn(userId);
    }

    /** The people an item may be handed to, a page at a time for a lazy picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> ownerChoices(String text, int offset, int limit) {
        return owners.choices(text, offset, limit);
    }

    /** Hands item {@code id}, as the leader saw it at {@code expectedVersion}, to {@code newOwnerId}. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void handOver(long id, int expectedVersion, long newOwnerId) {
        if (!mayHandOver()) {
            throw new NotPermittedException("ownership.only-leaders");
        }
        var item = items.find(id).orElseThrow(NotFoundException::new).at(expectedVersion);
        if (item.ownerId() == newOwnerId) {
            throw new InvalidInputException("ownership.same-owner");
        }
        if (!owners.mayOwn(newOwnerId)) {
            throw new InvalidInputException("ownership.owner-unknown");
        }
        var written = items.changeOwner(id, expectedVersion, newOwnerId);
        auditLog.record(new AuditEntry(
                "OWNER_CHANGED",
                "initiative",
                id,
                id,
                item.title() + ": owner " + item.ownerId() + " → " + newOwnerId,
                written.before(),
                written.after()));
    }
}
