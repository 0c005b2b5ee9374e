package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.OpenBeforePasswordChange;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.JSONFormat;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
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

    private final DSLContext db;
    private final CurrentUser currentUser;

    AuditLog(DSLContext db, CurrentUser currentUser) {
        this.db = db;
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
        nl.tweespoor.base.Changes.recorded();
        var row = rows.asTable("audited", "entity_id", "initiative_id", "summary", "before_state", "after_state");
        var summary = row.field("summary", String.class);
        return db.insertInto(
                        AUDIT_EVENT,
                        AUDIT_EVENT.ACTOR_ID,
                        AUDIT_EVENT.ACTOR_NAME,
                        AUDIT_EVENT.KIND,
                        AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_ID,
                        AUDIT_EVENT.INITIATIVE_ID,
                        AUDIT_EVENT.SUMMARY,
                        AUDIT_EVENT.BEFORE_STATE,
                        AUDIT_EVENT.AFTER_STATE)
                .select(DSL.select(
                                DSL.val(user.id()),
                                DSL.val(user.username()),
                                DSL.val(kind),
                                DSL.val(entityType),
                                row.field("entity_id", Long.class),
                                row.field("initiative_id", Long.class),
                                DSL.when(DSL.charLength(summary).le(500), summary)
                                        .otherwise(DSL.left(summary, 497).concat("...")),
                                row.field("before_state", JSONB.class),
                                row.field("after_state", JSONB.class))
                        .from(row))
                .execute();
    }

    /** Records an event no signed-in user caused; the actor is 'system'. Only SystemEvents calls it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordSystemEvent(AuditEntry entry) {
        insert(null, "system", entry);
    }

    private void insert(Long actorId, String actorName, AuditEntry entry) {
        nl.tweespoor.base.Changes.recorded();
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_NAME, actorName)
                .set(AUDIT_EVENT.KIND, entry.kind())
                .set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
                .set(AUDIT_EVENT.INITIATIVE_ID, entry.initiativeId())
                .set(AUDIT_EVENT.SUMMARY, truncate(entry.summary()))
                .set(AUDIT_EVENT.BEFORE_STATE, json(entry.before()))
                .set(AUDIT_EVENT.AFTER_STATE, json(entry.after()))
                .execute();
    }

    /** The state of a stored row as a JSON object, for the before and after of an event. */
    public static String snapshot(TableRecord<?> row) {
        return row == null ? null : row.formatJSON(RECORD_AS_OBJECT);
    }

    private static JSONB json(String text) {
        return text == null ? null : JSONB.valueOf(text);
    }

    private static String truncate(String summary) {
        if (summary.length() <= 500) {
            return summary;
        }
        // Never between the two halves of an emoji: half of one is no character and cannot be stored.
        int end = Character.isLowSurrogate(summary.charAt(497)) ? 496 : 497;
        return summary.substring(0, end) + "...";
    }
}
