package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.KPI;
import static nl.tweespoor.db.Tables.MILESTONE;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.db.tables.records.KpiRecord;
import nl.tweespoor.db.tables.records.MilestoneRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

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
                .fetch(m -> new Milestone(m.getId(), m.getTitle(), m.getDueQuarter(), m.getDone(), m.getVersion()));
    }

    List<Kpi> kpis(long initiativeId) {
        return db.selectFrom(KPI)
                .where(KPI.INITIATIVE_ID.eq(initiativeId))
                .orderBy(KPI.ID)
                .fetch(k -> new Kpi(
                        k.getId(),
                        k.getName(),
                        k.getUnit(),
                        k.getBaseline(),
                        k.getTarget(),
                        k.getActual(),
                        k.getVersion()));
    }

    Optional<MilestoneRecord> milestone(long id) {
        return db.selectFrom(MILESTONE).where(MILESTONE.ID.eq(id)).fetchOptional();
    }

    Optional<KpiRecord> kpi(long id) {
        return db.selectFrom(KPI).where(KPI.ID.eq(id)).fetchOptional();
    }

    MilestoneRecord newMilestone() {
        return db.newRecord(MILESTONE);
    }

    KpiRecord newKpi() {
        return db.newRecord(KPI);
    }
}
