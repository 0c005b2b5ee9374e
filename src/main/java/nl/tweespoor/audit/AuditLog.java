package nl.tweespoor.audit;

import nl.tweespoor.base.Changes;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.OpenBeforePasswordChange;
import org.jooq.JSONB;
import org.jooq.JSONFormat;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. It joins the caller's transaction (and refuses to run without one), so a change and its audit
 * event are stored together or not at all. Only a signed-in user's change is recorded through {@link #record};
 * events no user caused come from the security package as a SystemAuditEvent (see SystemEvents).
 */
@Service
@OpenBeforePasswordChange
public class AuditLog {

    private static final JSONFormat RECORD_AS_OBJECT =
            JSONFormat.DEFAULT_FOR_RECORDS.recordFormat(JSONFormat.RecordFormat.OBJECT);

    /** audit_event.summary's length. */
    private static final int MAX_SUMMARY = 500;

    private final AuditEventRepository events;
    private final CurrentUser currentUser;

    AuditLog(AuditEventRepository events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Records a change made by the signed-in user, who is its actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public void record(AuditEntry entry) {
        var user = currentUser.require();
        insert(user.id(), user.username(), entry);
    }

    /**
     * Records one event per row of {@code rows} — entity id, initiative id, summary, before and after — in one
     * INSERT ... SELECT, the signed-in user as actor: for set-based changes such as a review deciding or stopping
     * thousands of items at once, where an event per row through {@link #record} would be a statement per row.
     * Returns the number of events written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public int recordAll(
            String kind, String entityType, Select<? extends Record5<Long, Long, String, JSONB, JSONB>> rows) {
        var user = currentUser.require();
        Changes.recorded();
        return events.insertAll(user.id(), user.username(), kind, entityType, rows);
    }

    /**
     * Records that the signed-in user downloaded a list ({@code experiments}, {@code audit-log}, ...) as a
     * spreadsheet: kind EXPORTED, with the format, the number of rows and the filters they had set.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public void recordExport(String list, String format, long rows, String filters) {
        var summary = list + " exported as " + format + ", " + rows + " rows, filters: " + filters;
        record(new AuditEntry(
                "EXPORTED",
                "export",
                null,
                null,
                summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary,
                null,
                null));
    }

    /** Records an event no signed-in user caused; the actor is 'system'. Only SystemEvents calls it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordSystemEvent(AuditEntry entry) {
        insert(null, "system", entry);
    }

    private void insert(@Nullable Long actorId, String actorName, AuditEntry entry) {
        Changes.recorded();
        events.insert(actorId, actorName, entry);
    }

    /** The state of a stored row as a JSON object, for the before and after of an event. */
    public static @Nullable String snapshot(@Nullable TableRecord<?> row) {
        return row == null ? null : row.formatJSON(RECORD_AS_OBJECT);
    }
}
