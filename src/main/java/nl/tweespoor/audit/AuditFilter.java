package nl.tweespoor.audit;

import java.time.LocalDate;

/**
 * Narrows the audit log, each on an indexed column: the acting user and the item (by id, picked from a list), the
 * kind, and a date range (inclusive, in the organisation's days); null means any.
 */
public record AuditFilter(Long actorId, Long initiativeId, String kind, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
