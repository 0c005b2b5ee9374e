package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record7;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Audit events of a past the app did not live through: the demo story tells a year of work as the services would
 * have recorded it, each event at its own moment and by its own actor. The one way to write such events, so they
 * are stored exactly like {@link AuditLog}'s (summary fitted the same way, actor name from the user).
 */
public final class PastEventStatements {

    private PastEventStatements() {}

    /**
     * One event per row of {@code rows}: when, by whom (a user id), the entity, its item, the summary and the states
     * before and after, in one INSERT ... SELECT. Returns the number of events written.
     */
    public static int record(
            DSLContext db,
            String kind,
            String entityType,
            Select<? extends Record7<OffsetDateTime, Long, Long, Long, String, JSONB, JSONB>> rows) {
        var row = rows.asTable("told", "at", "actor", "entity", "item", "summary", "before", "after");
        var actor = row.field("actor", Long.class);
        return db.insertInto(
                        AUDIT_EVENT,
                        AUDIT_EVENT.OCCURRED_AT,
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
                                row.field("at", OffsetDateTime.class),
                                actor,
                                APP_USER.USERNAME,
                                DSL.val(kind),
                                DSL.val(entityType),
                                row.field("entity", Long.class),
                                row.field("item", Long.class),
                                AuditEventRepository.fittedSummary(row),
                                row.field("before", JSONB.class),
                                row.field("after", JSONB.class))
                        .from(row)
                        .join(APP_USER)
                        .on(APP_USER.ID.eq(actor)))
                .execute();
    }
}
