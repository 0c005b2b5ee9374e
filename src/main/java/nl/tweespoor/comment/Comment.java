package nl.tweespoor.comment;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One comment with its author; {@code editable} says whether the signed-in user may still change it. */
public record Comment(
        long id,
        long authorId,
        String authorName,
        String body,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime editedAt,
        int version,
        boolean editable) {

    public static final int MAX_BODY = 4000;
}
