package nl.tweespoor.comment;

import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Slice;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leaders and programme managers comment on any item; an author may edit their comment for 15 minutes. */
@Service
public class CommentService {

    /** Comments an item's page shows at first and per "show more". */
    public static final int PAGE = 10;

    private final CommentRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    CommentService(CommentRepository repository, CurrentUser currentUser, AuditLog auditLog) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The newest {@value #PAGE} comments. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Comment> latest(long initiativeId) {
        return page(initiativeId, 0, PAGE).items();
    }

    /** Comments newest first, from {@code offset}, at most {@code limit} (up to 100), and whether there are more. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Slice<Comment> page(long initiativeId, int offset, int limit) {
        var user = currentUser.require();
        var now = OffsetDateTime.now();
        int bounded = Math.clamp(limit, 1, 100);
        return Slice.of(
                repository.latest(
                        initiativeId,
                        Math.max(0, offset),
                        bounded + 1,
                        (authorId, createdAt) -> CommentRules.mayEdit(user, authorId, createdAt, now)),
                bounded);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayComment() {
        return CommentRules.mayComment(currentUser.require());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public long add(long initiativeId, String body) {
        var user = currentUser.require();
        if (!CommentRules.mayComment(user)) {
            throw new NotPermittedException("error.not-permitted");
        }
        if (!repository.initiativeExists(initiativeId)) {
            throw new NotFoundException();
        }
        var written = repository.insert(initiativeId, user.id(), CommentRules.validBody(body));
        auditLog.record(new AuditEntry(
                "COMMENT_ADDED",
                "comment",
                written.row(),
                initiativeId,
                "Comment added",
                written.before(),
                written.after()));
        return written.row();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void edit(long commentId, int expectedVersion, String body) {
        var user = currentUser.require();
        var comment = repository.find(commentId).orElseThrow(NotFoundException::new);
        if (!CommentRules.mayEdit(user, comment.authorId(), comment.createdAt(), OffsetDateTime.now())) {
            throw new NotPermittedException("comment.edit-not-allowed");
        }
        // a stale edit is refused before its body is judged
        repository.requireCurrent(commentId, expectedVersion);
        var written = repository.edit(commentId, expectedVersion, CommentRules.validBody(body), OffsetDateTime.now());
        auditLog.record(new AuditEntry(
                "COMMENT_EDITED",
                "comment",
                commentId,
                written.row().initiativeId(),
                "Comment edited",
                written.before(),
                written.after()));
    }
}
