package nl.tweespoor.audit;

import org.jspecify.annotations.Nullable;

/**
 * One state change: its kind (e.g. INITIATIVE_UPDATED), the row it touched, and that row before and after as JSON.
 */
public record AuditEntry(
        String kind,
        String entityType,
        @Nullable Long entityId,
        @Nullable Long initiativeId,
        String summary,
        @Nullable String before,
        @Nullable String after) {}
