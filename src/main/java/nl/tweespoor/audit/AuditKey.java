package nl.tweespoor.audit;

import java.time.OffsetDateTime;

/** Where an event stands in the log's order (newest first): the log is read a page at a time after a key. */
public record AuditKey(OffsetDateTime occurredAt, long id) {}
