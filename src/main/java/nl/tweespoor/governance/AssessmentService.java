package nl.tweespoor.governance;

import java.time.OffsetDateTime;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
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
                initiativeId, item.getOwnerId(), repository.lines(initiativeId), repository.overrides(initiativeId));
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
            long initiativeId, long principleId, Integer expectedVersion, AssessmentResult result, String note) {
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        if (!mayAssess(item.getOwnerId())) {
            throw new NotPermittedException("assessment.only-owner");
        }
        var principle = principles.find(principleId).orElseThrow(NotFoundException::new);
        if (!principle.getActive()) {
            throw new InvalidInputException("assessment.principle-retired", principle.getCode());
        }
        var cleanNote = validated(result, note);
        var existing = Versioned.current(repository.find(initiativeId, principleId), expectedVersion);
        var row = existing.orElseGet(repository::newAssessment);
        var before = existing.map(AuditLog::snapshot).orElse(null);
        row.setInitiativeId(initiativeId);
        row.setPrincipleId(principleId);
        row.setResult(result.name());
        row.setNote(cleanNote);
        row.setAssessedBy(currentUser.require().id());
        row.setAssessedAt(OffsetDateTime.now());
        Versioned.store(row);
        auditLog.record(new AuditEntry(
                "PRINCIPLE_ASSESSED",
                "principle_assessment",
                row.getId(),
                initiativeId,
                item.getTitle() + " · " + principle.getCode() + ": " + result,
                before,
                AuditLog.snapshot(row)));
    }

    /** A GAP or NOT_APPLICABLE needs a note saying why; MEETS may have one. */
    private static String validated(AssessmentResult result, String note) {
        if (result == null) {
            throw new InvalidInputException("assessment.result-required");
        }
        var clean = note == null || note.isBlank() ? null : note.trim();
        if (clean == null && result != AssessmentResult.MEETS) {
            throw new InvalidInputException("assessment.note-required");
        }
        Drafts.text("field.note", clean, MAX_NOTE);
        return clean;
    }
}
