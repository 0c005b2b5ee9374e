package nl.tweespoor.comment;

import java.time.Duration;
import java.time.OffsetDateTime;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.Role;
import nl.tweespoor.security.SignedInUser;

/** Who may comment, and for how long an author may still edit. */
final class CommentRules {

    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private CommentRules() {}

    static boolean mayComment(SignedInUser user) {
        return user.has(Role.LEADER) || user.has(Role.PROGRAMME_MANAGER);
    }

    static boolean mayEdit(SignedInUser user, long authorId, OffsetDateTime createdAt, OffsetDateTime now) {
        return user.id() == authorId
                && mayComment(user)
                && createdAt.plus(EDIT_WINDOW).isAfter(now);
    }

    static String validBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("comment.empty");
        }
        Drafts.text("field.comment", body, Comment.MAX_BODY);
        return body.trim();
    }
}
