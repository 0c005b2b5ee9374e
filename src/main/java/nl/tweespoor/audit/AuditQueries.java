package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads the audit log a page at a time, newest first, on the (occurred_at, id) index. */
@Repository
class AuditQueries {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DSLContext db;

    AuditQueries(DSLContext db) {
        this.db = db;
    }

    List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        return db.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.KIND,
                        AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, INITIATIVE.TITLE, AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(AUDIT_EVENT.INITIATIVE_ID))
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new AuditRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    int count(AuditFilter filter) {
        return db.fetchCount(db.select(AUDIT_EVENT.ID).from(AUDIT_EVENT)
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(AUDIT_EVENT.INITIATIVE_ID))
                .where(conditions(filter)));
    }

    List<String> kinds() {
        return db.selectDistinct(AUDIT_EVENT.KIND).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.KIND).fetch(AUDIT_EVENT.KIND);
    }

    /** Before and after of one event side by side, field by field, straight from the JSON in PostgreSQL. */
    List<FieldChange> changes(long eventId) {
        return db.resultQuery("""
                with e as (select before_state, after_state from audit_event where id = ?),
                     b as (select kv.key, kv.value from e, jsonb_each_text(coalesce(e.before_state, '{}'::jsonb)) kv),
                     a as (select kv.key, kv.value from e, jsonb_each_text(coalesce(e.after_state, '{}'::jsonb)) kv)
                select coalesce(b.key, a.key) as field, b.value as before_value, a.value as after_value
                  from b full join a on a.key = b.key
                 order by 1
                """, eventId).fetch(r -> new FieldChange(r.get(0, String.class), r.get(1, String.class),
                r.get(2, String.class)));
    }

    private static Condition conditions(AuditFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.user() != null && !filter.user().isBlank()) {
            conditions.add(AUDIT_EVENT.ACTOR_NAME.containsIgnoreCase(filter.user().trim()));
        }
        if (filter.item() != null && !filter.item().isBlank()) {
            conditions.add(INITIATIVE.TITLE.containsIgnoreCase(filter.item().trim()));
        }
        if (filter.kind() != null) {
            conditions.add(AUDIT_EVENT.KIND.eq(filter.kind()));
        }
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(ZONE).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime()));
        }
        return DSL.and(conditions);
    }
}
