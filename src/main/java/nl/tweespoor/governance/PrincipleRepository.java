package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.PRINCIPLE;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.PrincipleRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class PrincipleRepository {

    private final DSLContext db;

    PrincipleRepository(DSLContext db) {
        this.db = db;
    }

    /** Active principles first, then by category and code. */
    List<Principle> page(int offset, int limit) {
        return db.selectFrom(PRINCIPLE)
                .orderBy(PRINCIPLE.ACTIVE.desc(), PRINCIPLE.CATEGORY, PRINCIPLE.CODE)
                .offset(offset)
                .limit(limit)
                .fetch(PrincipleRepository::principle);
    }

    int count() {
        return db.fetchCount(PRINCIPLE);
    }

    /** The active principles, the columns of the matrix and the rows of a checklist; a short list by nature. */
    List<Principle> active() {
        return db.selectFrom(PRINCIPLE)
                .where(PRINCIPLE.ACTIVE.isTrue())
                .orderBy(PRINCIPLE.CATEGORY, PRINCIPLE.CODE)
                .fetch(PrincipleRepository::principle);
    }

    Optional<Principle> find(long id) {
        return db.selectFrom(PRINCIPLE).where(PRINCIPLE.ID.eq(id)).fetchOptional(PrincipleRepository::principle);
    }

    boolean codeTaken(String code, @Nullable Long exceptId) {
        var sameCode = PRINCIPLE.CODE.equalIgnoreCase(code);
        return db.fetchExists(PRINCIPLE, exceptId == null ? sameCode : sameCode.and(PRINCIPLE.ID.ne(exceptId)));
    }

    /** Stores a new principle from a checked draft. */
    Written<Principle> create(PrincipleDraft draft) {
        var row = db.newRecord(PRINCIPLE);
        apply(draft, row);
        Versioned.store(row);
        return Written.inserted(principle(row), row);
    }

    /** Stores a checked draft over the principle the user saw at {@code expectedVersion}. */
    Written<Principle> update(long id, int expectedVersion, PrincipleDraft draft) {
        var row = Versioned.current(
                db.selectFrom(PRINCIPLE)
                        .where(PRINCIPLE.ID.eq(id))
                        .fetchOptional()
                        .orElseThrow(NotFoundException::new),
                expectedVersion);
        var before = AuditLog.snapshot(row);
        apply(draft, row);
        Versioned.store(row);
        return Written.updated(principle(row), before, row);
    }

    private static void apply(PrincipleDraft draft, PrincipleRecord row) {
        row.setCode(draft.code());
        row.setTitle(draft.title());
        row.setExplanation(draft.explanation());
        row.setCategory(draft.category().name());
        row.setActive(draft.active());
    }

    static Principle principle(Record r) {
        return new Principle(
                r.get(PRINCIPLE.ID),
                r.get(PRINCIPLE.CODE),
                r.get(PRINCIPLE.TITLE),
                r.get(PRINCIPLE.EXPLANATION),
                PrincipleCategory.valueOf(r.get(PRINCIPLE.CATEGORY)),
                r.get(PRINCIPLE.ACTIVE),
                r.get(PRINCIPLE.VERSION));
    }
}
