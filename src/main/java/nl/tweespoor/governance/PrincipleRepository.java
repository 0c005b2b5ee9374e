package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.PRINCIPLE;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.db.tables.records.PrincipleRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
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

    Optional<PrincipleRecord> find(long id) {
        return db.selectFrom(PRINCIPLE).where(PRINCIPLE.ID.eq(id)).fetchOptional();
    }

    boolean codeTaken(String code, Long exceptId) {
        var sameCode = PRINCIPLE.CODE.equalIgnoreCase(code);
        return db.fetchExists(PRINCIPLE, exceptId == null ? sameCode : sameCode.and(PRINCIPLE.ID.ne(exceptId)));
    }

    PrincipleRecord newRecord() {
        return db.newRecord(PRINCIPLE);
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
