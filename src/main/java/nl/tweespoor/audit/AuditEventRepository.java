package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Inserts audit events; the log is append-only (the app's database role may not update or delete it). */
@Repository
class AuditEventRepository {

    private final DSLContext db;

    AuditEventRepository(DSLContext db) {
        this.db = db;
    }

    void insert(@Nullable Long actorId, String actorName, AuditEntry entry) {
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

    /** One event per row of {@code rows} (entity id, initiative id, summary, before, after) in one INSERT ... SELECT. */
    int insertAll(
            long actorId,
            String actorName,
            String kind,
            String entityType,
            Select<? extends Record5<Long, Long, String, JSONB, JSONB>> rows) {
        var row = rows.asTable("audited", "entity_id", "initiative_id", "summary", "before_state", "after_state");
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
                                DSL.val(actorId),
                                DSL.val(actorName),
                                DSL.val(kind),
                                DSL.val(entityType),
                                row.field("entity_id", Long.class),
                                row.field("initiative_id", Long.class),
                                fittedSummary(row),
                                row.field("before_state", JSONB.class),
                                row.field("after_state", JSONB.class))
                        .from(row))
                .execute();
    }

    /** The "summary" column of a set-based insert's rows, cut to the column as {@link #truncate} cuts one. */
    static Field<String> fittedSummary(Table<?> rows) {
        var summary = rows.field("summary", String.class);
        return DSL.when(DSL.charLength(summary).le(500), summary)
                .otherwise(DSL.left(summary, 497).concat("..."));
    }

    private static @Nullable JSONB json(@Nullable String text) {
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
