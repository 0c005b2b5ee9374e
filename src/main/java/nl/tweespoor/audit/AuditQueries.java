package nl.tweespoor.audit;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.OptionQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads the audit log a page at a time by key, newest first, on the (occurred_at, id) order of its indexes. */
@Repository
class AuditQueries {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Rows fetched per round trip while an export streams. */
    private static final int EXPORT_BATCH = 1000;

    private final DSLContext db;

    AuditQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * One page, newest first, after {@code after} (null: from the newest), skipping {@code skip} rows past it. The
     * key and every filter are on audit_event's own columns, so each filter reads its index in key order.
     */
    List<AuditRow> page(AuditFilter filter, @Nullable AuditKey after, int skip, int limit) {
        var where = conditions(filter);
        if (after != null) {
            where = where.and(DSL.row(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID).lt(after.occurredAt(), after.id()));
        }
        return rows().where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(skip)
                .limit(limit)
                .fetch(Records.mapping(AuditRow::new));
    }

    /**
     * Every matching event for an export, newest first, read on a cursor a batch at a time: the caller closes the
     * stream inside its transaction (PostgreSQL streams only within one), so 100,000 events never sit in memory.
     */
    Stream<AuditRow> export(AuditFilter filter) {
        return rows()
                .where(conditions(filter))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .fetchSize(EXPORT_BATCH)
                .stream()
                .map(Records.mapping(AuditRow::new));
    }

    /** An event with the title of the item it concerns, as the log lists and exports it. */
    private SelectOnConditionStep<Record8<Long, OffsetDateTime, String, String, String, Long, String, String>> rows() {
        return db.select(
                        AUDIT_EVENT.ID,
                        AUDIT_EVENT.OCCURRED_AT,
                        AUDIT_EVENT.ACTOR_NAME,
                        AUDIT_EVENT.KIND,
                        AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_ID,
                        INITIATIVE.TITLE,
                        AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT)
                .leftJoin(INITIATIVE)
                .on(INITIATIVE.ID.eq(AUDIT_EVENT.INITIATIVE_ID));
    }

    /** The matching events counted up to the cap, never further. */
    AuditCount count(AuditFilter filter) {
        int counted = db.fetchCount(
                DSL.selectOne().from(AUDIT_EVENT).where(conditions(filter)).limit(AuditCount.CAP + 1));
        return new AuditCount(Math.min(counted, AuditCount.CAP), counted > AuditCount.CAP);
    }

    /** The kinds in the log, by a skip scan of audit_event_kind_ix: one probe per kind, not a read of every event. */
    List<String> kinds() {
        var kinds = DSL.name("kinds");
        var kind = DSL.field(DSL.name("kinds", "kind"), String.class);
        var next = DSL.field(
                DSL.select(DSL.min(AUDIT_EVENT.KIND)).from(AUDIT_EVENT).where(AUDIT_EVENT.KIND.gt(kind)));
        var scan = kinds.fields("kind")
                .as(DSL.select(DSL.min(AUDIT_EVENT.KIND))
                        .from(AUDIT_EVENT)
                        .unionAll(DSL.select(next).from(DSL.table(kinds)).where(kind.isNotNull())));
        return db.withRecursive(scan)
                .select(kind)
                .from(scan)
                .where(kind.isNotNull())
                .orderBy(kind)
                .fetch(kind);
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
                """, eventId)
                .fetch(r -> new FieldChange(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)));
    }

    private static Condition conditions(AuditFilter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.actorId() != null) {
            conditions.add(AUDIT_EVENT.ACTOR_ID.eq(filter.actorId()));
        }
        if (filter.initiativeId() != null) {
            conditions.add(AUDIT_EVENT.INITIATIVE_ID.eq(filter.initiativeId()));
        }
        if (filter.kind() != null) {
            conditions.add(AUDIT_EVENT.KIND.eq(filter.kind()));
        }
        if (filter.from() != null) {
            conditions.add(
                    AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(ZONE).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(
                    filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime()));
        }
        return DSL.and(conditions);
    }

    /** Items for the item filter whose title contains the text, by title. */
    List<Option> items(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                INITIATIVE,
                INITIATIVE.ID,
                INITIATIVE.TITLE,
                INITIATIVE.TITLE::containsIgnoreCase,
                text,
                offset,
                limit,
                INITIATIVE.TITLE,
                INITIATIVE.ID);
    }

    /** Users for the user filter whose name or user name contains the text, by name; "Name (username)". */
    List<Option> users(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                APP_USER,
                APP_USER.ID,
                APP_USER.DISPLAY_NAME.concat(" (").concat(APP_USER.USERNAME).concat(")"),
                search -> APP_USER.DISPLAY_NAME
                        .containsIgnoreCase(search)
                        .or(APP_USER.USERNAME.containsIgnoreCase(search)),
                text,
                offset,
                limit,
                APP_USER.DISPLAY_NAME,
                APP_USER.ID);
    }
}
