package nl.tweespoor.support;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.REVIEW;

import org.jooq.DSLContext;

/** Ids of the demo portfolio's rows by their names, for tests that set up around them. */
public final class DemoRows {

    private DemoRows() {}

    public static long department(DSLContext db, String name) {
        return db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name))
                .fetchSingle()
                .value1();
    }

    public static long user(DSLContext db, String username) {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchSingle()
                .value1();
    }

    /** The demo story's review in progress (the current quarter's). */
    public static long reviewInProgress(DSLContext db) {
        return db.select(REVIEW.ID)
                .from(REVIEW)
                .where(REVIEW.STATUS.eq("IN_PROGRESS"))
                .fetchSingle(REVIEW.ID);
    }
}
