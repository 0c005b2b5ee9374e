package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.KPI_ACTUAL;
import static nl.tweespoor.db.Tables.MILESTONE;

import java.util.List;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.KpiRecord;
import nl.tweespoor.db.tables.records.MilestoneRecord;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
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

    /**
     * The actuals of the programme's KPIs from {@code fromQuarter} on, the last one saved in each quarter, by KPI and
     * quarter.
     */
    List<KpiActual> kpiActuals(long initiativeId, String fromQuarter) {
        var later = KPI_ACTUAL.as("later");
        return db.select(KPI_ACTUAL.KPI_ID, KPI_ACTUAL.QUARTER, KPI_ACTUAL.ACTUAL)
                .from(KPI_ACTUAL)
                .join(KPI)
                .on(KPI.ID.eq(KPI_ACTUAL.KPI_ID))
                .where(KPI.INITIATIVE_ID.eq(initiativeId))
                .and(KPI_ACTUAL.QUARTER.ge(fromQuarter))
                .and(DSL.notExists(DSL.selectOne()
                        .from(later)
                        .where(later.KPI_ID.eq(KPI_ACTUAL.KPI_ID))
                        .and(later.QUARTER.eq(KPI_ACTUAL.QUARTER))
                        .and(later.ID.gt(KPI_ACTUAL.ID))))
                .orderBy(KPI_ACTUAL.KPI_ID, KPI_ACTUAL.QUARTER)
                .fetch(Records.mapping(KpiActual::new));
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
        var actualBefore = record.getActual();
        record.setInitiativeId(programmeId);
        record.setName(kpi.name());
        record.setUnit(kpi.unit());
        record.setBaseline(kpi.baseline());
        record.setTarget(kpi.target());
        record.setActual(kpi.actual());
        Versioned.store(record);
        OutcomeHistoryStatements.actualSaved(db, record, actualBefore);
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
