package nl.tweespoor.initiative;

import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.jooq.UpdatableRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Milestones and KPIs of a programme, edited by its owner or a leader. */
@Service
public class ProgrammePlanService {

    private final ProgrammePlanRepository plans;
    private final InitiativeRepository initiatives;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ProgrammePlanService(
            ProgrammePlanRepository plans,
            InitiativeRepository initiatives,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.plans = plans;
        this.initiatives = initiatives;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Milestone> milestones(long programmeId) {
        return plans.milestones(programmeId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Kpi> kpis(long programmeId) {
        return plans.kpis(programmeId);
    }

    /** Adds a milestone (id null) or changes one at the version the user saw. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void saveMilestone(long programmeId, Milestone milestone) {
        requireMayEdit(programmeId);
        if (milestone.title() == null || milestone.title().isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(milestone);
        Quarter.parse(milestone.dueQuarter());
        var record = milestone.id() == null
                ? plans.newMilestone()
                : ownedBy(
                        programmeId,
                        plans.milestone(milestone.id()).orElseThrow(NotFoundException::new),
                        milestone.version());
        var before = milestone.id() == null ? null : AuditLog.snapshot(record);
        record.setInitiativeId(programmeId);
        record.setTitle(milestone.title().trim());
        record.setDueQuarter(milestone.dueQuarter().trim());
        record.setDone(milestone.done());
        store(record);
        auditLog.record(new AuditEntry(
                before == null ? "MILESTONE_ADDED" : "MILESTONE_UPDATED",
                "milestone",
                record.getId(),
                programmeId,
                "Milestone: " + record.getTitle(),
                before,
                AuditLog.snapshot(record)));
    }

    /** Adds a KPI (id null) or changes one at the version the user saw. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void saveKpi(long programmeId, Kpi kpi) {
        requireMayEdit(programmeId);
        validate(kpi);
        var record = kpi.id() == null
                ? plans.newKpi()
                : ownedBy(programmeId, plans.kpi(kpi.id()).orElseThrow(NotFoundException::new), kpi.version());
        var before = kpi.id() == null ? null : AuditLog.snapshot(record);
        record.setInitiativeId(programmeId);
        record.setName(kpi.name().trim());
        record.setUnit(kpi.unit().trim());
        record.setBaseline(kpi.baseline());
        record.setTarget(kpi.target());
        record.setActual(kpi.actual());
        store(record);
        auditLog.record(new AuditEntry(
                before == null ? "KPI_ADDED" : "KPI_UPDATED",
                "kpi",
                record.getId(),
                programmeId,
                "KPI: " + record.getName(),
                before,
                AuditLog.snapshot(record)));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteMilestone(long programmeId, Milestone milestone) {
        requireMayEdit(programmeId);
        if (milestone.id() == null) {
            throw new NotFoundException();
        }
        var record = ownedBy(
                programmeId, plans.milestone(milestone.id()).orElseThrow(NotFoundException::new), milestone.version());
        var before = AuditLog.snapshot(record);
        delete(record);
        auditLog.record(new AuditEntry(
                "MILESTONE_DELETED",
                "milestone",
                milestone.id(),
                programmeId,
                "Milestone removed: " + milestone.title(),
                before,
                null));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteKpi(long programmeId, Kpi kpi) {
        requireMayEdit(programmeId);
        if (kpi.id() == null) {
            throw new NotFoundException();
        }
        var record = ownedBy(programmeId, plans.kpi(kpi.id()).orElseThrow(NotFoundException::new), kpi.version());
        var before = AuditLog.snapshot(record);
        delete(record);
        auditLog.record(new AuditEntry(
                "KPI_DELETED", "kpi", kpi.id(), programmeId, "KPI removed: " + kpi.name(), before, null));
    }

    /** Name and unit as the columns hold them; baseline, target and actual within numeric(16, 2), negatives allowed. */
    private static void validate(Kpi kpi) {
        if (kpi.name() == null
                || kpi.name().isBlank()
                || kpi.unit() == null
                || kpi.unit().isBlank()) {
            throw new InvalidInputException("kpi.name-unit-required");
        }
        Drafts.check(kpi);
        if (kpi.target() == null) {
            throw new InvalidInputException("kpi.target-required");
        }
    }

    private void requireMayEdit(long programmeId) {
        var programme = initiatives.findRecord(programmeId).orElseThrow(NotFoundException::new);
        if (Track.valueOf(programme.getTrack()) != Track.STRATEGIC) {
            throw new InvalidInputException("programme.only");
        }
        InitiativePermissions.requireMayEdit(currentUser.require(), programme.getOwnerId());
    }

    /** The row must belong to this programme and still be at the version the user saw. */
    private static <R extends UpdatableRecord<R>> R ownedBy(long programmeId, R record, int expectedVersion) {
        if (!Long.valueOf(programmeId).equals(record.get("initiative_id"))) {
            throw new NotFoundException();
        }
        return Versioned.current(record, expectedVersion);
    }

    private static void store(UpdatableRecord<?> record) {
        Versioned.store(record);
    }

    private static void delete(UpdatableRecord<?> record) {
        Versioned.delete(record);
    }
}
