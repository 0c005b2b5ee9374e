package nl.tweespoor.comment;

import java.time.OffsetDateTime;

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

    public static final int MAX_BODY = 4000;
}
