package nl.tweespoor.audit;

import java.time.OffsetDateTime;

/** One audit event in the log. */
public record AuditRow(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String kind,
        String entityType,
        Long entityId,
        String itemTitle,
        String summary) {

    /** The row's place in the log, to read the page after it. */
    public AuditKey key() {
        return new AuditKey(occurredAt, id);
    }
}
