package nl.tweespoor.audit;

import java.time.LocalDate;

/** Narrows the audit log: user name, item title, kind, and a date range (inclusive); null means any. */
public record AuditFilter(String user, String item, String kind, LocalDate from, LocalDate to) {
}
