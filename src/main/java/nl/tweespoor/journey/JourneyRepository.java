package nl.tweespoor.journey;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.JOURNEY;

import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.JourneyRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The journey rows leaders change, each write against the version they saw and returned with before and after. */
@Repository
class JourneyRepository {

    private final DSLContext db;

    JourneyRepository(DSLContext db) {
        this.db = db;
    }

    Written<Journey> insert(ValidJourney valid) {
        var journey = db.newRecord(JOURNEY);
        set(journey, valid);
        Versioned.store(journey);
        return Written.inserted(journey(journey), journey);
    }

    Written<Journey> update(long id, int expectedVersion, ValidJourney valid) {
        var journey = stored(id, expectedVersion);
        var before = AuditLog.snapshot(journey);
        set(journey, valid);
        Versioned.store(journey);
        return Written.updated(journey(journey), before, journey);
    }

    Written<Journey> delete(long id, int expectedVersion) {
        var journey = stored(id, expectedVersion);
        Versioned.delete(journey);
        return Written.deleted(journey(journey), journey);
    }

    /** Fails unless the journey exists and nobody changed it since {@code expectedVersion}. */
    void requireCurrent(long id, int expectedVersion) {
        stored(id, expectedVersion);
    }

    /** How many programmes and experiments name the journey. */
    int itemsNaming(long id) {
        return db.fetchCount(INITIATIVE, INITIATIVE.JOURNEY_ID.eq(id));
    }

    /** Whether another journey than {@code exceptId} has this title, whatever its case. */
    boolean titleTaken(String title, long exceptId) {
        return db.fetchExists(
                JOURNEY, DSL.lower(JOURNEY.TITLE).eq(DSL.lower(DSL.val(title))).and(JOURNEY.ID.ne(exceptId)));
    }

    private JourneyRecord stored(long id, int expectedVersion) {
        var journey =
                db.selectFrom(JOURNEY).where(JOURNEY.ID.eq(id)).fetchOptional().orElseThrow(NotFoundException::new);
        return Versioned.current(journey, expectedVersion);
    }

    private static void set(JourneyRecord journey, ValidJourney valid) {
        journey.setTitle(valid.title());
        journey.setKind(valid.kind().name());
        journey.setOwnerId(valid.ownerId());
        journey.setDescription(valid.description());
        journey.setIntent(valid.intent().name());
        journey.setRedesignBy(valid.redesignBy());
    }

    private static Journey journey(JourneyRecord row) {
        return new Journey(row.getId(), row.getTitle(), row.getVersion());
    }
}
