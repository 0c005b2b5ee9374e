package nl.tweespoor.audit;

import nl.tweespoor.security.SystemAuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the security package's system events, in the transaction that published them. */
@Component
class SystemEvents {

    private final AuditLog auditLog;

    SystemEvents(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(SystemAuditEvent event) {
        auditLog.recordSystemEvent(new AuditEntry(
                event.kind(),
                event.entityType(),
                event.entityId(),
                null,
                event.summary(),
                event.before(),
                event.after()));
    }
}
