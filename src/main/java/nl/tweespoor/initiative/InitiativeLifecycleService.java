package nl.tweespoor.initiative;

import java.time.LocalDate;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.SignedInUser;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;
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

    private final InitiativeWriteRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ObjectProvider<StageGate> gate;

    InitiativeLifecycleService(
            InitiativeWriteRepository repository,
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

    private void move(long id, int expectedVersion, Stage target, @Nullable String overrideReason) {
        var item = lockedForChange(id, expectedVersion);
        var track = item.track();
        if (!mayMove(currentUser.require(), track, item.ownerId())) {
            throw new NotPermittedException(
                    track == Track.PERSONAL
                            ? "error.not-permitted.move-experiment"
                            : "error.not-permitted.move-programme");
        }
        var from = item.stage();
        StageRules.check(track, from, target, item.draft());
        gate.orderedStream().forEach(g -> g.check(id, target, overrideReason));
        var moved = repository.moveStage(id, expectedVersion, target);
        auditLog.record(new AuditEntry(
                "STAGE_CHANGED",
                "initiative",
                id,
                id,
                moved.row().title() + ": " + from + " → " + target,
                moved.before(),
                moved.after()));
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
        var stage = experiment.stage();
        if (experiment.track() != Track.PERSONAL || (stage != Stage.RUNNING && stage != Stage.CONCLUDED)) {
            throw new InvalidInputException("promotion.not-possible");
        }
        // The programme takes over the experiment's risk class, so a PROHIBITED experiment may not grow into one.
        gate.orderedStream().forEach(g -> g.check(experimentId, Stage.DISCOVERY, null));
        var promotion = repository.promote(
                experimentId,
                expectedVersion,
                Evidence.of(experiment.draft()),
                Quarter.of(LocalDate.now()).toString());
        var promoted = promotion.experiment();
        var programme = promotion.programme();
        auditLog.record(new AuditEntry(
                "PROMOTED",
                "initiative",
                experimentId,
                experimentId,
                "Experiment promoted to programme: " + promoted.row().title(),
                promoted.before(),
                promoted.after()));
        var programmeId = programme.row().id();
        auditLog.record(new AuditEntry(
                "INITIATIVE_CREATED",
                "initiative",
                programmeId,
                programmeId,
                "STRATEGIC created by promotion: " + programme.row().title(),
                null,
                programme.after()));
        return programmeId;
    }

    private StoredInitiative lockedForChange(long id, int expectedVersion) {
        return repository.find(id).orElseThrow(NotFoundException::new).at(expectedVersion);
    }

    private static boolean mayMove(SignedInUser user, Track track, long ownerId) {
        return track == Track.PERSONAL ? InitiativePermissions.mayEdit(user, ownerId) : user.isLeader();
    }
}
