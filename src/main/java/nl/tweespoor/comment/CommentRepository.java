package nl.tweespoor.comment;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.ITEM_COMMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.Tables;
import nl.tweespoor.db.tables.records.ItemCommentRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Newest first, bounded: an item's page shows its latest comments. {@code editable} tells from a comment's author
     * and creation time whether the signed-in user may still change it.
     */
    List<Comment> latest(long initiativeId, int offset, int limit, BiPredicate<Long, OffsetDateTime> editable) {
        return db.select(
                        ITEM_COMMENT.ID,
                        ITEM_COMMENT.AUTHOR_ID,
                        APP_USER.DISPLAY_NAME,
                        ITEM_COMMENT.BODY,
                        ITEM_COMMENT.CREATED_AT,
                        ITEM_COMMENT.EDITED_AT,
                        ITEM_COMMENT.VERSION)
                .from(ITEM_COMMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(ITEM_COMMENT.AUTHOR_ID))
                .where(ITEM_COMMENT.INITIATIVE_ID.eq(initiativeId))
                .orderBy(ITEM_COMMENT.CREATED_AT.desc(), ITEM_COMMENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new Comment(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        editable.test(r.value2(), r.value5())));
    }

    Optional<StoredComment> find(long id) {
        return db.select(
                        ITEM_COMMENT.ID,
                        ITEM_COMMENT.INITIATIVE_ID,
                        ITEM_COMMENT.AUTHOR_ID,
                        ITEM_COMMENT.CREATED_AT,
                        ITEM_COMMENT.VERSION)
                .from(ITEM_COMMENT)
                .where(ITEM_COMMENT.ID.eq(id))
                .fetchOptional(r -> new StoredComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The comment the author edits, as long as nobody changed it since they saw {@code expectedVersion}. */
    void requireCurrent(long id, int expectedVersion) {
        stored(id, expectedVersion);
    }

    /** A new comment; the written row is its id. */
    Written<Long> insert(long initiativeId, long authorId, String body) {
        var comment = db.newRecord(ITEM_COMMENT);
        comment.setInitiativeId(initiativeId);
        comment.setAuthorId(authorId);
        comment.setBody(body);
        Versioned.store(comment);
        return Written.inserted(comment.getId(), comment);
    }

    Written<StoredComment> edit(long id, int expectedVersion, String body, OffsetDateTime editedAt) {
        var comment = stored(id, expectedVersion);
        var before = AuditLog.snapshot(comment);
        comment.setBody(body);
        comment.setEditedAt(editedAt);
        Versioned.store(comment);
        var edited = new StoredComment(
                comment.getId(),
                comment.getInitiativeId(),
                comment.getAuthorId(),
                comment.getCreatedAt(),
                comment.getVersion());
        return Written.updated(edited, before, comment);
    }

    boolean initiativeExists(long initiativeId) {
        return db.fetchExists(Tables.INITIATIVE, Tables.INITIATIVE.ID.eq(initiativeId));
    }

    private ItemCommentRecord stored(long id, int expectedVersion) {
        var comment = db.selectFrom(ITEM_COMMENT)
                .where(ITEM_COMMENT.ID.eq(id))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(comment, expectedVersion);
    }
}
