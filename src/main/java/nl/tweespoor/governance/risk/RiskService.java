package nl.tweespoor.governance.risk;

import java.util.Objects;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.security.CurrentUser;
import org.jooq.tools.json.JSONValue;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An item's EU AI Act risk class and its risk register. Whoever may edit the item may change both (leaders any item,
 * programme managers only their own), except that only leaders lower a class. Every change is versioned and audited.
 */
@Service
public class RiskService {

    private final RiskRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    RiskService(RiskRepository repository, CurrentUser currentUser, AuditLog auditLog) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RiskProfile profile(long initiativeId) {
        var row = repository.profile(initiativeId).orElseThrow(NotFoundException::new);
        return new RiskProfile(
                row.id(),
                row.riskClass(),
                row.justification(),
                row.version(),
                RiskRules.mayEdit(currentUser.require(), row.ownerId()),
                currentUser.require().isLeader(),
                row.risks());
    }

    /**
     * Sets the risk class against the item's {@code expectedVersion}; this is an edit of the item, so it bumps the
     * item's version like any other edit. Whoever may edit the item may raise its class; only a leader may lower it,
     * with a {@code loweringReason} that the audit event keeps (ignored when the class does not go down).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void classify(
            long initiativeId, int expectedVersion, RiskClass riskClass, String justification, String loweringReason) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        var user = currentUser.require();
        RiskRules.requireMayEdit(user, item.ownerId());
        requireVersion(item.version(), expectedVersion);
        RiskRules.checkClass(riskClass, justification);
        var from = item.riskClass();
        RiskRules.checkChange(user, from, riskClass, loweringReason);
        var written =
                repository.classify(initiativeId, expectedVersion, riskClass, RiskRules.trimToNull(justification));
        if (RiskRules.lowers(from, riskClass)) {
            var reason = loweringReason.trim();
            auditLog.record(new AuditEntry(
                    "RISK_CLASS_LOWERED",
                    "initiative",
                    initiativeId,
                    initiativeId,
                    "AI risk class of " + item.title() + " lowered from " + from + " to " + riskClass + ": " + reason,
                    written.before(),
                    withLoweringReason(written.after(), reason)));
        } else {
            auditLog.record(new AuditEntry(
                    "RISK_CLASS_SET",
                    "initiative",
                    initiativeId,
                    initiativeId,
                    "AI risk class of " + item.title() + ": " + riskClass,
                    written.before(),
                    written.after()));
        }
    }

    /** The item's state after the change with the reason for lowering beside it, in full (the summary is cut short). */
    private static String withLoweringReason(@Nullable String snapshot, String reason) {
        // the item row exists here, so its snapshot is never null
        Objects.requireNonNull(snapshot);
        return snapshot.substring(0, snapshot.lastIndexOf('}')) + ",\"lowering_reason\":"
                + JSONValue.toJSONString(reason) + "}";
    }

    /** Adds a risk to the item's register; returns its id. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public long addRisk(long initiativeId, RiskDraft draft) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        RiskRules.requireMayEdit(currentUser.require(), item.ownerId());
        RiskRules.checkRisk(draft);
        var written = repository.addRisk(initiativeId, draft);
        auditLog.record(new AuditEntry(
                "RISK_ADDED",
                "item_risk",
                written.row(),
                initiativeId,
                "Risk added to " + item.title() + ": " + draft.description().trim(),
                written.before(),
                written.after()));
        return written.row();
    }

    /** Saves an edit of a risk, its status included, made against {@code expectedVersion}. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void updateRisk(long riskId, int expectedVersion, RiskDraft draft) {
        var risk = editable(riskId, expectedVersion);
        RiskRules.checkRisk(draft);
        var kind = draft.status() == risk.status() ? "RISK_UPDATED" : "RISK_STATUS_CHANGED";
        var written = repository.updateRisk(riskId, expectedVersion, draft);
        auditLog.record(new AuditEntry(
                kind,
                "item_risk",
                riskId,
                risk.initiativeId(),
                "Risk " + draft.status() + ": " + draft.description().trim(),
                written.before(),
                written.after()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteRisk(long riskId, int expectedVersion) {
        var risk = editable(riskId, expectedVersion);
        var written = repository.deleteRisk(riskId, expectedVersion);
        auditLog.record(new AuditEntry(
                "RISK_DELETED",
                "item_risk",
                riskId,
                risk.initiativeId(),
                "Risk deleted: " + risk.description(),
                written.before(),
                written.after()));
    }

    /** The risk, as long as the signed-in user may edit the item it belongs to and saw its current version. */
    private RiskRepository.StoredRisk editable(long riskId, int expectedVersion) {
        var risk = repository.risk(riskId).orElseThrow(NotFoundException::new);
        RiskRules.requireMayEdit(currentUser.require(), repository.ownerOf(risk.initiativeId()));
        requireVersion(risk.version(), expectedVersion);
        return risk;
    }

    /**
     * A stale form is told so before anything it holds is checked; the repository checks the version again as it
     * stores.
     */
    private static void requireVersion(int version, int expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
