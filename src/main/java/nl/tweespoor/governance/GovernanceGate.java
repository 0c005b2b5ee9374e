package nl.tweespoor.governance;

import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.initiative.StageGate;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The gate every stage move and promotion passes (it runs inside the move's transaction): {@link GateRules} on the
 * item's risk class and assessments; a leader's override of an overridable refusal is stored and audited.
 */
@Component
class GovernanceGate implements StageGate {

    private final AssessmentRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    GovernanceGate(AssessmentRepository repository, CurrentUser currentUser, AuditLog auditLog) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Override
    public void check(long initiativeId, Stage target, @Nullable String overrideReason) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        var refusal = GateRules.refusal(item.track(), target, item.riskClass(), repository.standings(initiativeId));
        if (refusal.isEmpty()) {
            return;
        }
        if (!refusal.get().overridable() || overrideReason == null || overrideReason.isBlank()) {
            throw refusal.get();
        }
        if (!currentUser.require().isLeader()) {
            throw new NotPermittedException("gate.override-leaders-only");
        }
        Drafts.text("field.reason", overrideReason, StageGate.MAX_OVERRIDE_REASON);
        var reason = overrideReason.trim();
        var written = repository.override(
                initiativeId, target, reason, currentUser.require().id());
        auditLog.record(new AuditEntry(
                "GATE_OVERRIDDEN",
                "gate_override",
                written.row(),
                initiativeId,
                item.title() + " → " + target + ", gate overridden: " + reason,
                written.before(),
                written.after()));
    }
}
