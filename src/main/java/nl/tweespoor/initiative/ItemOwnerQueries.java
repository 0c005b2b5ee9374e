package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.USER_ROLE;

import java.util.List;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.OptionQuery;
import nl.tweespoor.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Who may own an item (or a journey): active users holding LEADER or PROGRAMME_MANAGER. */
@Repository
class ItemOwnerQueries {

    private final DSLContext db;

    ItemOwnerQueries(DSLContext db) {
        this.db = db;
    }

    boolean mayOwn(long userId) {
        return db.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(mayOwnItems()));
    }

    /** Active leaders and programme managers whose name holds {@code text}, a page at a time for a lazy picker. */
    List<Option> choices(String text, int offset, int limit) {
        return OptionQuery.page(
                db,
                APP_USER.where(mayOwnItems()),
                APP_USER.ID,
                APP_USER.DISPLAY_NAME,
                search -> APP_USER.DISPLAY_NAME.containsIgnoreCase(search),
                text,
                offset,
                limit,
                APP_USER.DISPLAY_NAME,
                APP_USER.ID);
    }

    private static Condition mayOwnItems() {
        return APP_USER.ACTIVE
                .isTrue()
                .and(DSL.exists(DSL.selectOne()
                        .from(USER_ROLE)
                        .where(USER_ROLE.USER_ID.eq(APP_USER.ID))
                        .and(USER_ROLE.ROLE.in(Role.LEADER.name(), Role.PROGRAMME_MANAGER.name()))));
    }
}
