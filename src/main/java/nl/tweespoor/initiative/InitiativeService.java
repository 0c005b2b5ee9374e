package nl.tweespoor.initiative;

import java.time.OffsetDateTime;
import java.util.List;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.Versioned;
import nl.tweespoor.db.tables.records.InitiativeRecord;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.stage.Stage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, proposing and editing experiments and programmes, with the role and ownership rules of PRODUCT.md §3. */
@Service
public class InitiativeService {

    private final InitiativeRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PortfolioCache cache;

    InitiativeService(
            InitiativeRepository repository, CurrentUser currentUser, AuditLog auditLog, PortfolioCache cache) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRow> page(InitiativeFilter filter, PageRequest page) {
        return repository.page(filter, page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(InitiativeFilter filter) {
        // Counting thousands of matching items on every list view: kept per filter while nothing changes.
        return cache.get(List.of("initiative-count", filter), () -> repository.count(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InitiativeDetails details(long id) {
        return repository.details(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> owners(Track track) {
        // The owner filter's choices: a distinct over every item of the track, kept while nothing changes.
        return cache.get(List.of("initiative-owners", track), () -> List.copyOf(repository.owners(track)));
    }

    /** Whether the signed-in user may propose items; for showing the button, the service checks again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayPropose() {
        return InitiativePermissions.mayPropose(currentUser.require());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit(InitiativeDetails item) {
        return InitiativePermissions.mayEdit(currentUser.require(), item.ownerId());
    }

    /** Proposes a new item; the proposer becomes its owner. Returns the new id. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public long propose(Track track, InitiativeDraft draft) {
        var user = currentUser.require();
        InitiativePermissions.requireMayPropose(user);
        validate(track, draft, null);
        var item = repository.newRecord();
        item.setTrack(track.name());
        item.setStage(Stage.initial(track).name());
        item.setOwnerId(user.id());
        apply(draft, item);
        Versioned.store(item);
        auditLog.record(new AuditEntry(
                "INITIATIVE_CREATED",
                "initiative",
                item.getId(),
                item.getId(),
                track.name() + " proposed: " + item.getTitle(),
                null,
                AuditLog.snapshot(item)));
        return item.getId();
    }

    /**
     * Saves an edit made against {@code expectedVersion}. If someone saved in between, nothing is written and a
     * {@link ConcurrentEditException} tells the user so.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void update(long id, int expectedVersion, InitiativeDraft draft) {
        var user = currentUser.require();
        var item = repository.findRecord(id).orElseThrow(NotFoundException::new);
        InitiativePermissions.requireMayEdit(user, item.getOwnerId());
        Versioned.current(item, expectedVersion);
        var track = Track.valueOf(item.getTrack());
        validate(track, draft, item.getDepartmentId());
        var before = AuditLog.snapshot(item);
        apply(draft, item);
        item.setUpdatedAt(OffsetDateTime.now());
        Versioned.store(item);
        auditLog.record(new AuditEntry(
                "INITIATIVE_UPDATED",
                "initiative",
                id,
                id,
                track.name() + " edited: " + item.getTitle(),
                before,
                AuditLog.snapshot(item)));
    }

    /** An item may keep the department it has after that department was deactivated; new choices must be active. */
    private void validate(Track track, InitiativeDraft draft, Long currentDepartment) {
        InitiativeRules.validate(track, draft);
        var department = draft.departmentId();
        if (department == null
                || (!department.equals(currentDepartment) && !repository.departmentIsActive(department))) {
            throw new InvalidInputException("validation.department-unknown");
        }
        if (draft.goalId() != null && !repository.goalExists(draft.goalId())) {
            throw new InvalidInputException("validation.goal-unknown");
        }
    }

    private static void apply(InitiativeDraft draft, InitiativeRecord item) {
        item.setTitle(draft.title().trim());
        item.setDescription(trimToNull(draft.description()));
        item.setHypothesis(trimToNull(draft.hypothesis()));
        item.setLayer(draft.layer().name());
        item.setAmbition(draft.ambition().name());
        item.setDepartmentId(draft.departmentId());
        item.setGoalId(draft.goalId());
        item.setSponsor(trimToNull(draft.sponsor()));
        item.setLeadName(trimToNull(draft.leadName()));
        item.setParticipants(draft.participants());
        item.setToolVendor(trimToNull(draft.toolVendor()));
        item.setUseCaseCategory(trimToNull(draft.useCaseCategory()));
        item.setJourney(trimToNull(draft.journey()));
        item.setStartQuarter(trimToNull(draft.startQuarter()));
        item.setEndQuarter(trimToNull(draft.endQuarter()));
        item.setCostEstimate(draft.costEstimate());
        item.setHoursSavedPerWeek(draft.hoursSavedPerWeek());
        item.setAdoptionPct(draft.adoptionPct());
        item.setSatisfaction(draft.satisfaction());
        item.setLearnings(trimToNull(draft.learnings()));
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
