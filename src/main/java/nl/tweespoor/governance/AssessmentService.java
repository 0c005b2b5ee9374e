package nl.tweespoor.governance;

import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assessing items against the principles: a leader any item, a programme manager their own (PRODUCT.md §3). */
@Service
public class AssessmentService {

    public static final int MAX_NOTE = 2000;

    private final AssessmentRepository repository;
    private final PrincipleRepository principles;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    AssessmentService(
            AssessmentRepository repository,
            PrincipleRepository principles,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.repository = repository;
        this.principles = principles;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Checklist checklist(long initiativeId) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        return new Checklist(
                initiativeId, item.ownerId(), repository.lines(initiativeId), repository.overrides(initiativeId));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayAssess(long ownerId) {
        return currentUser.require().mayWorkOnItemOwnedBy(ownerId);
    }

    /**
     * Records how the item stands against one principle. {@code expectedVersion} is the version of the assessment
     * the user saw, or null when they saw it unassessed; someone else's assessment in between is a conflict.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void assess(
            long initiativeId,
            long principleId,
            @Nullable Integer expectedVersion,
            @Nullable AssessmentResult result,
            @Nullable String note) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        if (!mayAssess(item.ownerId())) {
            throw new NotPermittedException("assessment.only-owner");
        }
        var principle = principles.find(principleId).orElseThrow(NotFoundException::new);
        if (!principle.active()) {
            throw new InvalidInputException("assessment.principle-retired", principle.code());
        }
        if (result == null) {
            throw new InvalidInputException("assessment.result-required");
        }
        var cleanNote = validated(result, note);
        var written = repository.assess(
                initiativeId,
                principleId,
                expectedVersion,
                result,
                cleanNote,
                currentUser.require().id());
        auditLog.record(new AuditEntry(
                "PRINCIPLE_ASSESSED",
                "principle_assessment",
                written.row(),
                initiativeId,
                item.title() + " · " + principle.code() + ": " + result,
                written.before(),
                written.after()));
    }

    /** A GAP or NOT_APPLICABLE needs a note saying why; MEETS may have one. */
    private static @Nullable String validated(AssessmentResult result, @Nullable String note) {
        var clean = note == null || note.isBlank() ? null : note.trim();
        if (clean == null && result != AssessmentResult.MEETS) {
            throw new InvalidInputException("assessment.note-required");
        }
        if (clean != null) {
            Drafts.text("field.note", clean, MAX_NOTE);
        }
        return clean;
    }
}
