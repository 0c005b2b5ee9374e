package nl.tweespoor.initiative;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.SignedInUser;
import nl.tweespoor.stage.Stage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage moves and promotion. Experiments are started, concluded or stopped by their owner or a leader (the personal
 * track stays light); programme moves and promotion are for leaders, through the governance gate.
 */
@Service
public class InitiativeLifecycleService {

    private final InitiativeRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ObjectProvider<StageGate> gate;

    InitiativeLifecycleService(
            InitiativeRepository repository,
            CurrentUser currentUser,
            AuditLog auditLog,
            ObjectProvider<StageGate> gate) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.gate = gate;
    }

    /** The moves the signed-in user may try from where the item stands; empty when they may move nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Stage> nextStages(InitiativeDetails item) {
        if (!mayMove(currentUser.require(), item.track(), item.ownerId())) {
            return List.of();
        }
        return StageRules.nextStages(item.track(), item.stage());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayPromote(InitiativeDetails item) {
        return currentUser.require().isLeader()
                && item.track() == Track.PERSONAL
                && (item.stage() == Stage.RUNNING || item.stage() == Stage.CONCLUDED);
    }

    /** Only leaders may let a programme through the gate despite open points. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayOverrideGate() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void moveStage(long id, int expectedVersion, Stage target) {
        move(id, expectedVersion, target, null);
    }

    /**
     * Moves a programme although the governance gate has open points (unassessed principles, gaps); the leader's
     * reason is stored with the move. Refusals that allow no override (risk class rules) still refuse.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void moveStageOverridingGate(long id, int expectedVersion, Stage target, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("gate.override-reason-required");
        }
        Drafts.text("field.reason", reason, StageGate.MAX_OVERRIDE_REASON);
        move(id, expectedVersion, target, reason);
    }

    private void move(long id, int expectedVersion, Stage target, String overrideReason) {
        var item = lockedForChange(id, expectedVersion);
        var track = Track.valueOf(item.getTrack());
        if (!mayMove(currentUser.require(), track, item.getOwnerId())) {
            throw new NotPermittedException(
                    track == Track.PERSONAL
                            ? "error.not-permitted.move-experiment"
                            : "error.not-permitted.move-programme");
        }
        var from = Stage.valueOf(item.getStage());
        StageRules.check(track, from, target, repository.draftOf(item));
        gate.orderedStream().forEach(g -> g.check(id, target, overrideReason));
        var before = AuditLog.snapshot(item);
        item.setStage(target.name());
        if (target == Stage.RUNNING && item.getStartedAt() == null) {
            item.setStartedAt(OffsetDateTime.now());
        }
        store(item);
        auditLog.record(new AuditEntry(
                "STAGE_CHANGED",
                "initiative",
                id,
                id,
                item.getTitle() + ": " + from + " → " + target,
                before,
                AuditLog.snapshot(item)));
    }

    /**
     * Promotes an experiment into a programme in DISCOVERY: title, hypothesis, evidence, owner and department carry
     * over, the two are linked both ways and the experiment becomes PROMOTED. One transaction; the quarterly review
     * calls the same operation.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long promote(long experimentId, int expectedVersion) {
        var experiment = lockedForChange(experimentId, expectedVersion);
        var stage = Stage.valueOf(experiment.getStage());
        if (Track.valueOf(experiment.getTrack()) != Track.PERSONAL
                || (stage != Stage.RUNNING && stage != Stage.CONCLUDED)) {
            throw new InvalidInputException("promotion.not-possible");
        }
        // The programme takes over the experiment's risk class, so a PROHIBITED experiment may not grow into one.
        gate.orderedStream().forEach(g -> g.check(experimentId, Stage.DISCOVERY, null));
        var before = AuditLog.snapshot(experiment);
        var programme = repository.newRecord();
        programme.setTrack(Track.STRATEGIC.name());
        programme.setStage(Stage.DISCOVERY.name());
        programme.setTitle(experiment.getTitle());
        programme.setHypothesis(experiment.getHypothesis());
        programme.setDescription(Evidence.of(experiment));
        programme.setLayer(Layer.OPERATIONAL.name());
        programme.setAmbition(experiment.getAmbition());
        programme.setRiskClass(experiment.getRiskClass());
        programme.setRiskJustification(experiment.getRiskJustification());
        programme.setOwnerId(experiment.getOwnerId());
        programme.setDepartmentId(experiment.getDepartmentId());
        programme.setToolVendor(experiment.getToolVendor());
        programme.setUseCaseCategory(experiment.getUseCaseCategory());
        programme.setStartQuarter(Quarter.of(LocalDate.now()).toString());
        programme.setPromotedFromId(experiment.getId());
        Versioned.store(programme);
        experiment.setStage(Stage.PROMOTED.name());
        store(experiment);
        auditLog.record(new AuditEntry(
                "PROMOTED",
                "initiative",
                experimentId,
                experimentId,
                "Experiment promoted to programme: " + experiment.getTitle(),
                before,
                AuditLog.snapshot(experiment)));
        auditLog.record(new AuditEntry(
                "INITIATIVE_CREATED",
                "initiative",
                programme.getId(),
                programme.getId(),
                "STRATEGIC created by promotion: " + programme.getTitle(),
                null,
                AuditLog.snapshot(programme)));
        return programme.getId();
    }

    private InitiativeRecord lockedForChange(long id, int expectedVersion) {
        return Versioned.current(repository.findRecord(id).orElseThrow(NotFoundException::new), expectedVersion);
    }

    private static void store(InitiativeRecord item) {
        item.setUpdatedAt(OffsetDateTime.now());
        Versioned.store(item);
    }

    private static boolean mayMove(SignedInUser user, Track track, long ownerId) {
        return track == Track.PERSONAL ? InitiativePermissions.mayEdit(user, ownerId) : user.isLeader();
    }
}
