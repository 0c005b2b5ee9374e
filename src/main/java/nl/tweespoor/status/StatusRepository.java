package nl.tweespoor.status;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.db.tables.records.BudgetLineRecord;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.db.tables.records.StatusUpdateRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StatusRepository {


    private final DSLContext db;

    StatusRepository(DSLContext db) {
        this.db = db;
    }

    Optional<InitiativeRecord> item(long id) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional();
    }

    StatusUpdateRecord newUpdate() {
        return db.newRecord(STATUS_UPDATE);
    }

    Optional<BudgetLineRecord> budgetLine(long initiativeId, String quarter) {
        return db.selectFrom(BUDGET_LINE)
                .where(BUDGET_LINE.INITIATIVE_ID.eq(initiativeId), BUDGET_LINE.QUARTER.eq(quarter))
                .fetchOptional();
    }

    BudgetLineRecord newLine(long initiativeId, String quarter) {
        var line = db.newRecord(BUDGET_LINE);
        line.setInitiativeId(initiativeId);
        line.setQuarter(quarter);
        line.setPlanned(java.math.BigDecimal.ZERO);
        return line;
    }

    /** Newest first; a page of it. */
    List<StatusEntry> history(long initiativeId, int offset, int limit) {
        return db.select(STATUS_UPDATE.asterisk(), APP_USER.DISPLAY_NAME)
                .from(STATUS_UPDATE).join(APP_USER).on(APP_USER.ID.eq(STATUS_UPDATE.AUTHOR_ID))
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(STATUS_UPDATE.CREATED_AT.desc(), STATUS_UPDATE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> {
                    var u = r.into(STATUS_UPDATE);
                    return new StatusEntry(u.getId(), u.getRag(), u.getProgressPct(), u.getQuarter(), u.getSpend(),
                            u.getSummary(), u.getRisks(), u.getNextSteps(), r.get(APP_USER.DISPLAY_NAME),
                            u.getCreatedAt());
                });
    }

    /** The user's open items with their last update, oldest update first (what is due comes first). */
    List<Object[]> ownedOpenItems(long ownerId) {
        var last = DSL.field(DSL.select(DSL.max(STATUS_UPDATE.CREATED_AT)).from(STATUS_UPDATE)
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(INITIATIVE.ID)));
        return db.select(INITIATIVE.ID, INITIATIVE.TRACK, INITIATIVE.TITLE, INITIATIVE.STAGE, last)
                .from(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.eq(ownerId),
                        INITIATIVE.STAGE.in(ActiveStages.OPEN))
                .orderBy(last.asc().nullsFirst(), INITIATIVE.TITLE)
                .limit(200)
                .fetch(r -> new Object[] {r.value1(), r.value2(), r.value3(), r.value4(), (OffsetDateTime) r.value5()});
    }
}
