package nl.tweespoor.governance;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.GATE_OVERRIDE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final DSLContext db;

    AssessmentRepository(DSLContext db) {
        this.db = db;
    }

    /** Every active principle with this item's assessment of it (if any), in one statement. */
    List<ChecklistLine> lines(long initiativeId) {
        return db.select(PRINCIPLE.fields())
                .select(
                        PRINCIPLE_ASSESSMENT.RESULT,
                        PRINCIPLE_ASSESSMENT.NOTE,
                        APP_USER.DISPLAY_NAME,
                        PRINCIPLE_ASSESSMENT.ASSESSED_AT,
                        PRINCIPLE_ASSESSMENT.VERSION)
                .from(PRINCIPLE)
                .leftJoin(PRINCIPLE_ASSESSMENT)
                .on(
                        PRINCIPLE_ASSESSMENT.PRINCIPLE_ID.eq(PRINCIPLE.ID),
                        PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(initiativeId))
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(PRINCIPLE_ASSESSMENT.ASSESSED_BY))
                .where(PRINCIPLE.ACTIVE.isTrue())
                .orderBy(PRINCIPLE.CATEGORY, PRINCIPLE.CODE)
                .fetch(r -> new ChecklistLine(
                        PrincipleRepository.principle(r),
                        r.get(PRINCIPLE_ASSESSMENT.RESULT) == null
                                ? null
                                : AssessmentResult.valueOf(r.get(PRINCIPLE_ASSESSMENT.RESULT)),
                        r.get(PRINCIPLE_ASSESSMENT.NOTE),
                        r.get(APP_USER.DISPLAY_NAME),
                        r.get(PRINCIPLE_ASSESSMENT.ASSESSED_AT),
                        r.get(PRINCIPLE_ASSESSMENT.VERSION)));
    }

    /** How the item stands against every active principle: what the gate decides on. */
    List<PrincipleStanding> standings(long initiativeId) {
        return lines(initiativeId).stream()
                .map(line -> new PrincipleStanding(
                        line.principle().code(), line.principle().category(), line.result()))
                .toList();
    }

    List<GateOverride> overrides(long initiativeId) {
        return db.select(GATE_OVERRIDE.TO_STAGE, GATE_OVERRIDE.REASON, APP_USER.DISPLAY_NAME, GATE_OVERRIDE.DECIDED_AT)
                .from(GATE_OVERRIDE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(GATE_OVERRIDE.DECIDED_BY))
                .where(GATE_OVERRIDE.INITIATIVE_ID.eq(initiativeId))
                .orderBy(GATE_OVERRIDE.DECIDED_AT.desc(), GATE_OVERRIDE.ID.desc())
                .fetch(r -> new GateOverride(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Stores how the item stands against one principle, against the version of the assessment the user saw (null when
     * they saw none); returns the assessment's id.
     */
    Written<Long> assess(
            long initiativeId,
            long principleId,
            @Nullable Integer expectedVersion,
            AssessmentResult result,
            @Nullable String note,
            long assessedBy) {
        var existing = Versioned.current(
                db.selectFrom(PRINCIPLE_ASSESSMENT)
                        .where(
                                PRINCIPLE_ASSESSMENT.INITIATIVE_ID.eq(initiativeId),
                                PRINCIPLE_ASSESSMENT.PRINCIPLE_ID.eq(principleId))
                        .fetchOptional(),
                expectedVersion);
        var row = existing.orElseGet(() -> db.newRecord(PRINCIPLE_ASSESSMENT));
        var before = existing.map(AuditLog::snapshot).orElse(null);
        row.setInitiativeId(initiativeId);
        row.setPrincipleId(principleId);
        row.setResult(result.name());
        row.setNote(note);
        row.setAssessedBy(assessedBy);
        row.setAssessedAt(OffsetDateTime.now());
        Versioned.store(row);
        return Written.updated(row.getId(), before, row);
    }

    /** Stores a leader's override of the gate; returns its id. */
    Written<Long> override(long initiativeId, Stage target, String reason, long decidedBy) {
        var override = db.newRecord(GATE_OVERRIDE);
        override.setInitiativeId(initiativeId);
        override.setToStage(target);
        override.setReason(reason);
        override.setDecidedBy(decidedBy);
        Versioned.store(override);
        return Written.inserted(override.getId(), override);
    }

    /** What assessing and gating need to know of the item. */
    Optional<AssessedItem> item(long initiativeId) {
        return db.select(INITIATIVE.ID, INITIATIVE.OWNER_ID, INITIATIVE.TITLE, INITIATIVE.TRACK, INITIATIVE.RISK_CLASS)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId))
                .fetchOptional(r -> new AssessedItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    record AssessedItem(long id, long ownerId, String title, Track track, String riskClass) {}
}
