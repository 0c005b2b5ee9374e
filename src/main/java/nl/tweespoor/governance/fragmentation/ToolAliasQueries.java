package nl.tweespoor.governance.fragmentation;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.TOOL_ALIAS;

import java.util.List;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.Versioned;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The aliases leaders keep. PostgreSQL folds them (V86's trigger) and keys the items spelled like them again; here
 * they are only read page by page, added and removed.
 */
@Repository
class ToolAliasQueries {

    private final DSLContext db;

    ToolAliasQueries(DSLContext db) {
        this.db = db;
    }

    /** A page of aliases, by canonical tool and then alias, as a reader scans them. */
    List<ToolAlias> page(int offset, int limit) {
        return db.select(
                        TOOL_ALIAS.ID,
                        TOOL_ALIAS.ALIAS,
                        TOOL_ALIAS.CANONICAL,
                        APP_USER.DISPLAY_NAME,
                        TOOL_ALIAS.CREATED_AT,
                        TOOL_ALIAS.VERSION)
                .from(TOOL_ALIAS)
                .join(APP_USER)
                .on(APP_USER.ID.eq(TOOL_ALIAS.CREATED_BY))
                .orderBy(TOOL_ALIAS.CANONICAL_KEY, TOOL_ALIAS.ALIAS_KEY, TOOL_ALIAS.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ToolAlias(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    int count() {
        return db.fetchCount(TOOL_ALIAS);
    }

    /**
     * Why an alias cannot be added, in one statement: its folded spelling is already an alias, or it is the canonical
     * name of another alias (an alias of an alias would need a chain), or the canonical name is itself an alias, or
     * both fold to the same name. Null when it can.
     */
    @Nullable String conflict(String alias, String canonical) {
        var aliasKey = DSL.field("tool_fold({0})", String.class, DSL.val(alias));
        var canonicalKey = DSL.field("tool_fold({0})", String.class, DSL.val(canonical));
        return db.select(DSL.when(aliasKey.eq(canonicalKey), DSL.inline("same"))
                        .when(
                                DSL.exists(DSL.selectOne().from(TOOL_ALIAS).where(TOOL_ALIAS.ALIAS_KEY.eq(aliasKey))),
                                DSL.inline("taken"))
                        .when(
                                DSL.exists(
                                        DSL.selectOne().from(TOOL_ALIAS).where(TOOL_ALIAS.CANONICAL_KEY.eq(aliasKey))),
                                DSL.inline("canonical"))
                        .when(
                                DSL.exists(
                                        DSL.selectOne().from(TOOL_ALIAS).where(TOOL_ALIAS.ALIAS_KEY.eq(canonicalKey))),
                                DSL.inline("chain")))
                .fetchSingle()
                .value1();
    }

    Written<Long> insert(String alias, String canonical, long by) {
        var row = db.newRecord(TOOL_ALIAS);
        row.setAlias(alias);
        row.setCanonical(canonical);
        row.setCreatedBy(by);
        Versioned.store(row);
        // the folded keys and the defaults are PostgreSQL's: read them back for the audit event
        row.refresh();
        return Written.inserted(row.getId(), row);
    }

    /** Takes the alias away, as long as it is still the version the user saw. */
    Written<Long> delete(long id, int expectedVersion) {
        var row = db.selectFrom(TOOL_ALIAS)
                .where(TOOL_ALIAS.ID.eq(id))
                .fetchOptional()
                .orElseThrow(ConcurrentEditException::new);
        var before = AuditLog.snapshot(Versioned.current(row, expectedVersion));
        Versioned.delete(row);
        return new Written<>(id, before, null);
    }
}
