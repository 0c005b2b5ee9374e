package nl.tweespoor.governance.risk;

import java.time.OffsetDateTime;
import java.util.Objects;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.ItemRiskRecord;
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
        RiskRules.requireMayEdit(user, item.getOwnerId());
        Versioned.current(item, expectedVersion);
        RiskRules.checkClass(riskClass, justification);
        var from = RiskClass.valueOf(item.getRiskClass());
        RiskRules.checkChange(user, from, riskClass, loweringReason);
        var before = AuditLog.snapshot(item);
        item.setRiskClass(riskClass.name());
        item.setRiskJustification(RiskRules.trimToNull(justification));
        item.setUpdatedAt(OffsetDateTime.now());
        Versioned.store(item);
        if (RiskRules.lowers(from, riskClass)) {
            var reason = loweringReason.trim();
            auditLog.record(new AuditEntry(
                    "RISK_CLASS_LOWERED",
                    "initiative",
                    initiativeId,
                    initiativeId,
                    "AI risk class of " + item.getTitle() + " lowered from " + from + " to " + riskClass + ": "
                            + reason,
                    before,
                    withLoweringReason(AuditLog.snapshot(item), reason)));
        } else {
            auditLog.record(new AuditEntry(
                    "RISK_CLASS_SET",
                    "initiative",
                    initiativeId,
                    initiativeId,
                    "AI risk class of " + item.getTitle() + ": " + riskClass,
                    before,
                    AuditLog.snapshot(item)));
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
        RiskRules.requireMayEdit(currentUser.require(), item.getOwnerId());
        RiskRules.checkRisk(draft);
        var risk = repository.newRisk();
        risk.setInitiativeId(initiativeId);
        apply(draft, risk);
        Versioned.store(risk);
        auditLog.record(new AuditEntry(
                "RISK_ADDED",
                "item_risk",
                risk.getId(),
                initiativeId,
                "Risk added to " + item.getTitle() + ": " + risk.getDescription(),
                null,
                AuditLog.snapshot(risk)));
        return risk.getId();
    }

    /** Saves an edit of a risk, its status included, made against {@code expectedVersion}. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void updateRisk(long riskId, int expectedVersion, RiskDraft draft) {
        var risk = editable(riskId, expectedVersion);
        RiskRules.checkRisk(draft);
        var before = AuditLog.snapshot(risk);
        var kind = draft.status().name().equals(risk.getStatus()) ? "RISK_UPDATED" : "RISK_STATUS_CHANGED";
        apply(draft, risk);
        Versioned.store(risk);
        auditLog.record(new AuditEntry(
                kind,
                "item_risk",
                riskId,
                risk.getInitiativeId(),
                "Risk " + draft.status() + ": " + risk.getDescription(),
                before,
                AuditLog.snapshot(risk)));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteRisk(long riskId, int expectedVersion) {
        var risk = editable(riskId, expectedVersion);
        var before = AuditLog.snapshot(risk);
        Versioned.delete(risk);
        auditLog.record(new AuditEntry(
                "RISK_DELETED",
                "item_risk",
                riskId,
                risk.getInitiativeId(),
                "Risk deleted: " + risk.getDescription(),
                before,
                null));
    }

    private ItemRiskRecord editable(long riskId, int expectedVersion) {
        var risk = repository.risk(riskId).orElseThrow(NotFoundException::new);
        RiskRules.requireMayEdit(currentUser.require(), repository.ownerOf(risk.getInitiativeId()));
        return Versioned.current(risk, expectedVersion);
    }

    private static void apply(RiskDraft draft, ItemRiskRecord risk) {
        risk.setDescription(draft.description().trim());
        // RiskRules.checkRisk has refused a draft without them
        risk.setLikelihood(Objects.requireNonNull(draft.likelihood()).shortValue());
        risk.setImpact(Objects.requireNonNull(draft.impact()).shortValue());
        risk.setMitigation(RiskRules.trimToNull(draft.mitigation()));
        risk.setOwnerName(RiskRules.trimToNull(draft.ownerName()));
        risk.setStatus(draft.status().name());
    }
}
