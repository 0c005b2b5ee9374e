package nl.tweespoor.base;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The choices of the pickers that filter by id (an item, a user), a page at a time as a lazy combo box asks for
 * them. The features' services call it inside their own transaction and authorisation.
 */
@Component
public class Pickers {

    private static final int MAX_PAGE = 500;

    private final DSLContext db;

    Pickers(DSLContext db) {
        this.db = db;
    }

    /** Items whose title contains the text (any item when blank), by title. */
    public List<Option> items(String text, int offset, int limit) {
        var search = text == null ? "" : text.trim();
        return db.select(INITIATIVE.ID, INITIATIVE.TITLE)
                .from(INITIATIVE)
                .where(search.isEmpty() ? DSL.noCondition() : INITIATIVE.TITLE.containsIgnoreCase(search))
                .orderBy(INITIATIVE.TITLE, INITIATIVE.ID)
                .offset(offset)
                .limit(Math.min(limit, MAX_PAGE))
                .fetch(Records.mapping(Option::new));
    }

    /** Users whose name or user name contains the text (any user when blank), by name; "Name (username)". */
    public List<Option> users(String text, int offset, int limit) {
        var search = text == null ? "" : text.trim();
        return db.select(
                        APP_USER.ID,
                        APP_USER.DISPLAY_NAME
                                .concat(" (")
                                .concat(APP_USER.USERNAME)
                                .concat(")"))
                .from(APP_USER)
                .where(
                        search.isEmpty()
                                ? DSL.noCondition()
                                : APP_USER.DISPLAY_NAME
                                        .containsIgnoreCase(search)
                                        .or(APP_USER.USERNAME.containsIgnoreCase(search)))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .offset(offset)
                .limit(Math.min(limit, MAX_PAGE))
                .fetch(Records.mapping(Option::new));
    }
}
