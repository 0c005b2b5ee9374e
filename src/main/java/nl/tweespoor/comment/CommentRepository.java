package nl.tweespoor.comment;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.db.Tables;
import nl.tweespoor.db.tables.records.ItemCommentRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    /** Newest first, bounded: an item's page shows its latest comments. */
    List<Record> latest(long initiativeId, int offset, int limit) {
        return db.select(ITEM_COMMENT.asterisk(), APP_USER.DISPLAY_NAME)
                .from(ITEM_COMMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ITEM_COMMENT.AUTHOR_ID))
                .where(ITEM_COMMENT.INITIATIVE_ID.eq(initiativeId))
                .orderBy(ITEM_COMMENT.CREATED_AT.desc(), ITEM_COMMENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    Optional<ItemCommentRecord> find(long id) {
        return db.selectFrom(ITEM_COMMENT).where(ITEM_COMMENT.ID.eq(id)).fetchOptional();
    }

    ItemCommentRecord newRecord() {
        return db.newRecord(ITEM_COMMENT);
    }

    boolean initiativeExists(long initiativeId) {
        return db.fetchExists(Tables.INITIATIVE, Tables.INITIATIVE.ID.eq(initiativeId));
    }
}
