package nl.tweespoor.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the audit log, each on an indexed column: the acting user and the item (by id, picked from a list), the
 * kind, and a date range (inclusive, in the organisation's days); null means any.
 */
public record AuditFilter(
        @Nullable Long actorId,
        @Nullable Long initiativeId,
        @Nullable String kind,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
