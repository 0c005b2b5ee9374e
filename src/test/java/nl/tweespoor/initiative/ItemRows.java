package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;

import nl.tweespoor.db.tables.records.InitiativeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Rows the item tests start from and check: a user's id, an item as stored, the first item a user owns. */
final class ItemRows {

    private ItemRows() {}

    static long userId(DSLContext db, String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID);
    }

    static long idOf(DSLContext db, String title) {
        return db.fetchSingle(INITIATIVE, INITIATIVE.TITLE.eq(title)).getId();
    }

    static InitiativeRecord stored(DSLContext db, long id) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchSingle();
    }

    /** The lowest-numbered item {@code username} owns that also meets {@code also}. */
    static InitiativeRecord firstOwnedBy(DSLContext db, String username, Condition also) {
        return db.selectFrom(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.eq(userId(db, username)))
                .and(also)
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle();
    }
}
