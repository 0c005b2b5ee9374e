package nl.tweespoor.audit;

/**
 * One state change: its kind (e.g. INITIATIVE_UPDATED), the row it touched, and that row before and after as JSON.
 */
public record AuditEntry(
        String kind,
        String entityType,
        Long entityId,
        Long initiativeId,
        String summary,
        String before,
        String after) {}
