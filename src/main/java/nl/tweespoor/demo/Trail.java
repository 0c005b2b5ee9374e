package nl.tweespoor.demo;

import java.time.OffsetDateTime;
import nl.tweespoor.audit.PastEventStatements;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record7;
import org.jooq.Select;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * Writes the story's audit events at the moments they happened, with the kinds, summaries and row states the app's
 * services write, so that the audit log of a fresh demo tells its year as the app would have recorded it. The events
 * are written by the audit package ({@link PastEventStatements}), like every other event.
 */
final class Trail {

    private final DSLContext db;

    Trail(DSLContext db) {
        this.db = db;
    }

    /**
     * One event per row: when, by whom (a user id), the entity, its item, the summary and the states before and after.
     */
    void all(
            String kind,
            String entityType,
            Select<? extends Record7<OffsetDateTime, Long, Long, Long, String, JSONB, JSONB>> rows) {
        PastEventStatements.record(db, kind, entityType, rows);
    }

    /**
     * The rows of a table, each an event of the row being written: no state before, the row after (as the services
     * record an insert). Add the FROM and its joins.
     */
    static SelectSelectStep<Record7<OffsetDateTime, Long, Long, Long, String, JSONB, JSONB>> written(
            Field<OffsetDateTime> at,
            Field<Long> actor,
            Field<Long> entity,
            Field<Long> item,
            Field<String> summary,
            Table<?> row) {
        return DSL.select(
                at, actor, entity, item, summary, DSL.castNull(SQLDataType.JSONB), DSL.jsonbObject(row.fields()));
    }

    /** One event told in Java: a move or a setting the tables keep no row of. */
    @SuppressWarnings("java:S107")
    void one(
            OffsetDateTime at,
            long actor,
            String kind,
            String entityType,
            @Nullable Long entity,
            @Nullable Long item,
            String summary,
            @Nullable JSONB before,
            @Nullable JSONB after) {
        all(
                kind,
                entityType,
                DSL.select(
                        DSL.val(at),
                        DSL.val(actor),
                        DSL.val(entity, Long.class),
                        DSL.val(item, Long.class),
                        DSL.val(summary),
                        DSL.val(before, JSONB.class),
                        DSL.val(after, JSONB.class)));
    }
}
