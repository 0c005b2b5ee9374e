package nl.tweespoor.support;

import static nl.tweespoor.db.Tables.DEPARTMENT;

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
}
