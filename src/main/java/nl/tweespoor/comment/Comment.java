package nl.tweespoor.comment;

import static nl.tweespoor.db.Tables.ITEM_COMMENT;

import java.time.OffsetDateTime;
import nl.tweespoor.base.ColumnLimits;

/** One comment with its author; {@code editable} says whether the signed-in user may still change it. */
public record Comment(
        long id,
        long authorId,
        String authorName,
        String body,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt,
        int version,
        boolean editable) {

    public static final int MAX_BODY = ColumnLimits.max(ITEM_COMMENT.BODY);
}
