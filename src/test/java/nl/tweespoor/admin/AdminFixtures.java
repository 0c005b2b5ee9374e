package nl.tweespoor.admin;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reading back what the admin services stored, for the tests of this package. */
final class AdminFixtures {

    private AdminFixtures() {}

    static AppUserRecord user(DSLContext db, String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle();
    }

    static int events(DSLContext db, String kind, long entityId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)));
    }

    /** The before and after of the newest event of this kind, asserting no password hash sits in either. */
    static String[] states(DSLContext db, String kind, long entityId) {
        var row = db.select(
                        DSL.field("coalesce(before_state::text, '')", String.class),
                        DSL.field("after_state::text", String.class))
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.KIND.eq(kind).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchSingle();
        for (var state : new String[] {row.value1(), row.value2()}) {
            assertThat(state).doesNotContain("password_hash").doesNotContain("{bcrypt}");
        }
        return new String[] {row.value1(), row.value2()};
    }
}
