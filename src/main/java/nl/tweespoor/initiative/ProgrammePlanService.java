package nl.tweespoor.initiative;

import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Milestones and KPIs of a programme, edited by its owner or a leader. */
@Service
public class ProgrammePlanService {

    /** How many quarters a KPI's trend looks back, this one included. */
    public static final int TREND_QUARTERS = 8;

    private final ProgrammePlanRepository plans;
    private final InitiativeWriteRepository initiatives;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ProgrammePlanService(
            ProgrammePlanRepository plans,
            InitiativeWriteRepository initiatives,
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

    /**
     * The trend of the programme's KPIs: each KPI's actual at the end of each of the last {@link #TREND_QUARTERS}
     * quarters in which it was saved (the history every save of an actual adds to).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<KpiActual> kpiTrend(long programmeId) {
        var from = Quarter.of(LocalDate.now()).plus(1 - TREND_QUARTERS);
        return plans.kpiActuals(programmeId, from.toString());
    }

    /** Adds a milestone (id null) or changes one at the version the user saw. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void saveMilestone(long programmeId, Milestone milestone) {
        requireMayEdit(programmeId);
        var title = milestone.title();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("validation.title-required");
        }
        Drafts.check(milestone);
        var dueQuarter = milestone.dueQuarter();
        if (dueQuarter == null) {
            // Worded as Quarter.parse words a missing quarter.
            throw new InvalidInputException("error.quarter-format", String.valueOf(dueQuarter));
        }
        Quarter.parse(dueQuarter);
        var written = plans.saveMilestone(
                programmeId,
                new Milestone(milestone.id(), title.trim(), dueQuarter.trim(), milestone.done(), milestone.version()));
        var saved = written.row();
        auditLog.record(new AuditEntry(
                milestone.id() == null ? "MILESTONE_ADDED" : "MILESTONE_UPDATED",
                "milestone",
                saved.id(),
                programmeId,
                "Milestone: " + saved.title(),
                written.before(),
                written.after()));
    }

    /** Adds a KPI (id null) or changes one at the version the user saw. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void saveKpi(long programmeId, Kpi kpi) {
        requireMayEdit(programmeId);
        validate(kpi);
        var written = plans.saveKpi(
                programmeId,
                new Kpi(
                        kpi.id(),
                        kpi.name().trim(),
                        kpi.unit().trim(),
                        kpi.baseline(),
                        kpi.target(),
                        kpi.actual(),
                        kpi.version()));
        var saved = written.row();
        auditLog.record(new AuditEntry(
                kpi.id() == null ? "KPI_ADDED" : "KPI_UPDATED",
                "kpi",
                saved.id(),
                programmeId,
                "KPI: " + saved.name(),
                written.before(),
                written.after()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteMilestone(long programmeId, Milestone milestone) {
        requireMayEdit(programmeId);
        var id = milestone.id();
        if (id == null) {
            throw new NotFoundException();
        }
        var removed = plans.deleteMilestone(programmeId, id, milestone.version());
        auditLog.record(new AuditEntry(
                "MILESTONE_DELETED",
                "milestone",
                id,
                programmeId,
                "Milestone removed: " + milestone.title(),
                removed.before(),
                null));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void deleteKpi(long programmeId, Kpi kpi) {
        requireMayEdit(programmeId);
        var id = kpi.id();
        if (id == null) {
            throw new NotFoundException();
        }
        var removed = plans.deleteKpi(programmeId, id, kpi.version());
        auditLog.record(new AuditEntry(
                "KPI_DELETED", "kpi", id, programmeId, "KPI removed: " + kpi.name(), removed.before(), null));
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
        var programme = initiatives.find(programmeId).orElseThrow(NotFoundException::new);
        if (programme.track() != Track.STRATEGIC) {
            throw new InvalidInputException("programme.only");
        }
        InitiativePermissions.requireMayEdit(currentUser.require(), programme.ownerId());
    }
}
