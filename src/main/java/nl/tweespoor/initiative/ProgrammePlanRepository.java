package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.MILESTONE;

import java.util.List;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.KpiRecord;
import nl.tweespoor.db.tables.records.MilestoneRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Milestones and KPIs of a programme. A row is changed or removed only through the programme it belongs to (else it
 * is not found) and at the version the user saw (else a ConcurrentEditException).
 */
@Repository
class ProgrammePlanRepository {

    private final DSLContext db;

    ProgrammePlanRepository(DSLContext db) {
        this.db = db;
    }

    List<Milestone> milestones(long initiativeId) {
        return db.selectFrom(MILESTONE)
                .where(MILESTONE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(MILESTONE.DUE_QUARTER, MILESTONE.ID)
                .fetch(ProgrammePlanRepository::milestone);
    }

    List<Kpi> kpis(long initiativeId) {
        return db.selectFrom(KPI)
                .where(KPI.INITIATIVE_ID.eq(initiativeId))
                .orderBy(KPI.ID)
                .fetch(ProgrammePlanRepository::kpi);
    }

    /** Adds the milestone (id null) or changes it; its values are stored as given (the service trims them). */
    Written<Milestone> saveMilestone(long programmeId, Milestone milestone) {
        var id = milestone.id();
        var record = id == null ? db.newRecord(MILESTONE) : currentMilestone(programmeId, id, milestone.version());
        var before = id == null ? null : AuditLog.snapshot(record);
        record.setInitiativeId(programmeId);
        record.setTitle(milestone.title());
        record.setDueQuarter(milestone.dueQuarter());
        record.setDone(milestone.done());
        Versioned.store(record);
        return id == null
                ? Written.inserted(milestone(record), record)
                : Written.updated(milestone(record), before, record);
    }

    /** Adds the KPI (id null) or changes it; its values are stored as given (the service trims them). */
    Written<Kpi> saveKpi(long programmeId, Kpi kpi) {
        var id = kpi.id();
        var record = id == null ? db.newRecord(KPI) : currentKpi(programmeId, id, kpi.version());
        var before = id == null ? null : AuditLog.snapshot(record);
        record.setInitiativeId(programmeId);
        record.setName(kpi.name());
        record.setUnit(kpi.unit());
        record.setBaseline(kpi.baseline());
        record.setTarget(kpi.target());
        record.setActual(kpi.actual());
        Versioned.store(record);
        return id == null ? Written.inserted(kpi(record), record) : Written.updated(kpi(record), before, record);
    }

    Written<Milestone> deleteMilestone(long programmeId, long id, int expectedVersion) {
        var record = currentMilestone(programmeId, id, expectedVersion);
        var before = AuditLog.snapshot(record);
        Versioned.delete(record);
        return new Written<>(milestone(record), before, null);
    }

    Written<Kpi> deleteKpi(long programmeId, long id, int expectedVersion) {
        var record = currentKpi(programmeId, id, expectedVersion);
        var before = AuditLog.snapshot(record);
        Versioned.delete(record);
        return new Written<>(kpi(record), before, null);
    }

    private MilestoneRecord currentMilestone(long programmeId, long id, int expectedVersion) {
        var record = db.selectFrom(MILESTONE)
                .where(MILESTONE.ID.eq(id))
                .and(MILESTONE.INITIATIVE_ID.eq(programmeId))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(record, expectedVersion);
    }

    private KpiRecord currentKpi(long programmeId, long id, int expectedVersion) {
        var record = db.selectFrom(KPI)
                .where(KPI.ID.eq(id))
                .and(KPI.INITIATIVE_ID.eq(programmeId))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(record, expectedVersion);
    }

    private static Milestone milestone(MilestoneRecord m) {
        return new Milestone(m.getId(), m.getTitle(), m.getDueQuarter(), m.getDone(), m.getVersion());
    }

    private static Kpi kpi(KpiRecord k) {
        return new Kpi(
                k.getId(), k.getName(), k.getUnit(), k.getBaseline(), k.getTarget(), k.getActual(), k.getVersion());
    }
}
