package nl.tweespoor.governance;

import java.util.List;
import java.util.Locale;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.ConcurrentEditException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one catalogue of AI principles that every item in both tracks is held to. Leaders keep it. */
@Service
public class PrincipleService {

    private final PrincipleRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    PrincipleService(PrincipleRepository repository, CurrentUser currentUser, AuditLog auditLog) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Principle> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count() {
        return repository.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Principle> active() {
        return repository.active();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long create(PrincipleDraft draft) {
        var written = repository.create(checked(draft, null));
        var principle = written.row();
        auditLog.record(new AuditEntry(
                "PRINCIPLE_CREATED",
                "principle",
                principle.id(),
                null,
                "Principle created: " + principle.code() + " " + principle.title(),
                written.before(),
                written.after()));
        return principle.id();
    }

    /** Edits a principle; setting it inactive retires it (it no longer gates anything, its history stays). */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void update(long id, int expectedVersion, PrincipleDraft draft) {
        var current = repository.find(id).orElseThrow(NotFoundException::new);
        // A stale form is told so before anything it holds is checked; the repository checks again as it stores.
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        boolean wasActive = current.active();
        var written = repository.update(id, expectedVersion, checked(draft, id));
        var principle = written.row();
        var kind = wasActive == principle.active()
                ? "PRINCIPLE_UPDATED"
                : principle.active() ? "PRINCIPLE_REACTIVATED" : "PRINCIPLE_RETIRED";
        auditLog.record(new AuditEntry(
                kind,
                "principle",
                id,
                null,
                "Principle edited: " + principle.code() + " " + principle.title(),
                written.before(),
                written.after()));
    }

    /** The draft as it is stored: checked, its code in capitals, its texts trimmed. */
    private PrincipleDraft checked(PrincipleDraft draft, @Nullable Long id) {
        var code = draft.code() == null ? "" : draft.code().trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidInputException("principle.code-required");
        }
        if (code.length() > PrincipleDraft.MAX_CODE || !code.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new InvalidInputException("principle.code-invalid");
        }
        if (repository.codeTaken(code, id)) {
            throw new InvalidInputException("principle.code-taken", code);
        }
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(draft);
        if (draft.explanation() == null || draft.explanation().isBlank()) {
            throw new InvalidInputException("principle.explanation-required");
        }
        if (draft.category() == null) {
            throw new InvalidInputException("principle.category-required");
        }
        return new PrincipleDraft(
                code, draft.title().trim(), draft.explanation().trim(), draft.category(), draft.active());
    }
}
