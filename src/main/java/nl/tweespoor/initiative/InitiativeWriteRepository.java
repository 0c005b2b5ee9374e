package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.INITIATIVE;

import java.time.OffsetDateTime;
import java.util.Optional;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.initiative.OutcomeHistoryStatements.Measures;
import nl.tweespoor.stage.Stage;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The item rows the services change: read as a {@link StoredInitiative}, written against the version the user saw (a
 * concurrent edit becomes a ConcurrentEditException), each write returned with its before and after for the audit.
 */
@Repository
class InitiativeWriteRepository {

    private final DSLContext db;

    InitiativeWriteRepository(DSLContext db) {
        this.db = db;
    }

    Optional<StoredInitiative> find(long id) {
        return db.selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional(InitiativeWriteRepository::stored);
    }

    /** A new item; the draft is stored as given (the service trims it). */
    Written<StoredInitiative> insert(Track track, Stage stage, long ownerId, InitiativeDraft draft) {
        return insertImported(track, stage, ownerId, draft, null);
    }

    /** A new item (the draft stored as given: the service trims it), from an import with the reference the organisation's list gives it (may be none). */
    Written<StoredInitiative> insertImported(
            Track track, Stage stage, long ownerId, InitiativeDraft draft, @Nullable String reference) {
        var item = db.newRecord(INITIATIVE);
        item.setTrack(track);
        item.setStage(stage);
        item.setOwnerId(ownerId);
        item.setExternalRef(reference);
        apply(draft, item);
        Versioned.store(item);
        measuresSaved(track, item, Measures.NONE);
        return Written.inserted(stored(item), item);
    }

    /** An import's update: the draft, and the reference when the row names one. */
    Written<StoredInitiative> updateImported(
            long id, int expectedVersion, InitiativeDraft draft, @Nullable String reference) {
        var item = current(id, expectedVersion);
        var before = AuditLog.snapshot(item);
        var measuresBefore = Measures.of(item);
        apply(draft, item);
        if (reference != null) {
            item.setExternalRef(reference);
        }
        store(item);
        measuresSaved(item.getTrack(), item, measuresBefore);
        return Written.updated(stored(item), before, item);
    }

    /** The item an import's reference names, if any. */
    Optional<StoredInitiative> findByReference(String reference) {
        return db.selectFrom(INITIATIVE)
                .where(INITIATIVE.EXTERNAL_REF.eq(reference))
                .fetchOptional(InitiativeWriteRepository::stored);
    }

    Written<StoredInitiative> update(long id, int expectedVersion, InitiativeDraft draft) {
        return updateImported(id, expectedVersion, draft, null);
    }

    /** Moves the item to {@code target}; entering RUNNING for the first time records when it started. */
    Written<StoredInitiative> moveStage(long id, int expectedVersion, Stage target) {
        var item = current(id, expectedVersion);
        var before = AuditLog.snapshot(item);
        item.setStage(target);
        if (target == Stage.RUNNING && item.getStartedAt() == null) {
            item.setStartedAt(OffsetDateTime.now());
        }
        store(item);
        return Written.updated(stored(item), before, item);
    }

    /** The item handed to another owner; nothing else about it changes. */
    Written<StoredInitiative> changeOwner(long id, int expectedVersion, long ownerId) {
        var item = current(id, expectedVersion);
        var before = AuditLog.snapshot(item);
        item.setOwnerId(ownerId);
        store(item);
        return Written.updated(stored(item), before, item);
    }

    /**
     * A programme in DISCOVERY made from the experiment (title, hypothesis, ambition, risk class, owner, department,
     * strategic goal, tool and use case carry over; {@code evidence} becomes its description), then the experiment becomes PROMOTED.
     */
    Promotion promote(long experimentId, int expectedVersion, String evidence, String startQuarter) {
        var experiment = current(experimentId, expectedVersion);
        var before = AuditLog.snapshot(experiment);
        var programme = db.newRecord(INITIATIVE);
        programme.setTrack(Track.STRATEGIC);
        programme.setStage(Stage.DISCOVERY);
        programme.setTitle(experiment.getTitle());
        programme.setHypothesis(experiment.getHypothesis());
        programme.setDescription(evidence);
        programme.setLayer(Layer.OPERATIONAL.name());
        programme.setAmbition(experiment.getAmbition());
        programme.setRiskClass(experiment.getRiskClass());
        programme.setRiskJustification(experiment.getRiskJustification());
        programme.setOwnerId(experiment.getOwnerId());
        programme.setDepartmentId(experiment.getDepartmentId());
        // The strategic goal the experiment explored is the goal the programme serves (issue 13); an experiment that
        // named only the programme it explores passes on that programme's goal.
        programme.setGoalId(experiment.getGoalId() != null ? experiment.getGoalId() : exploredGoal(experiment));
        programme.setToolVendor(experiment.getToolVendor());
        programme.setUseCaseCategory(experiment.getUseCaseCategory());
        programme.setStartQuarter(startQuarter);
        programme.setPromotedFromId(experiment.getId());
        Versioned.store(programme);
        experiment.setStage(Stage.PROMOTED);
        store(experiment);
        return new Promotion(
                Written.updated(stored(experiment), before, experiment),
                Written.inserted(stored(programme), programme));
    }

    private @Nullable Long exploredGoal(InitiativeRecord experiment) {
        var explored = experiment.getExploresProgrammeId();
        return explored == null ? null : db.fetchValue(INITIATIVE.GOAL_ID, INITIATIVE.ID.eq(explored));
    }

    /** What a promotion wrote: the experiment (now PROMOTED) and the programme made from it. */
    record Promotion(Written<StoredInitiative> experiment, Written<StoredInitiative> programme) {}

    private InitiativeRecord current(long id, int expectedVersion) {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional()
                .orElseThrow(NotFoundException::new);
        return Versioned.current(item, expectedVersion);
    }

    /** An experiment's outcome measures are kept over time (issue 13); programmes measure through their KPIs. */
    private void measuresSaved(Track track, InitiativeRecord item, Measures before) {
        if (track == Track.PERSONAL) {
            OutcomeHistoryStatements.measuresSaved(db, item, before);
        }
    }

    private static void store(InitiativeRecord item) {
        item.setUpdatedAt(OffsetDateTime.now());
        Versioned.store(item);
    }

    private static void apply(InitiativeDraft draft, InitiativeRecord item) {
        item.setTitle(draft.title());
        item.setDescription(draft.description());
        item.setHypothesis(draft.hypothesis());
        item.setLayer(draft.layer().name());
        item.setAmbition(draft.ambition().name());
        item.setDepartmentId(draft.departmentId());
        item.setGoalId(draft.goalId());
        item.setSponsor(draft.sponsor());
        item.setLeadName(draft.leadName());
        item.setParticipants(draft.participants());
        item.setToolVendor(draft.toolVendor());
        item.setUseCaseCategory(draft.useCaseCategory());
        item.setJourneyId(draft.journeyId());
        item.setExploresProgrammeId(draft.exploresProgrammeId());
        item.setStartQuarter(draft.startQuarter());
        item.setEndQuarter(draft.endQuarter());
        item.setCostEstimate(draft.costEstimate());
        item.setHoursSavedPerWeek(draft.hoursSavedPerWeek());
        item.setAdoptionPct(draft.adoptionPct());
        item.setSatisfaction(draft.satisfaction());
        item.setLearnings(draft.learnings());
    }

    private static StoredInitiative stored(InitiativeRecord item) {
        return new StoredInitiative(
                item.getId(),
                item.getTrack(),
                item.getStage(),
                item.getOwnerId(),
                InitiativeRepository.draftOf(item),
                item.getVersion());
    }
}
