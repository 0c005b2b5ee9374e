package nl.tweespoor.audit;

import java.time.OffsetDateTime;

/** One audit event in the log. */
public record AuditRow(long id, OffsetDateTime occurredAt, String actor, String kind, String entityType,
        Long entityId, String itemTitle, String summary) {
}
