package nl.tweespoor.comment;

import java.time.OffsetDateTime;

/** A stored comment as far as the edit rules need it: where it sits, who wrote it and when. */
record StoredComment(long id, long initiativeId, long authorId, OffsetDateTime createdAt, int version) {}
