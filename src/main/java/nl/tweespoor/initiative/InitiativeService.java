package nl.tweespoor.initiative;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, proposing and editing experiments and programmes, with the role and ownership rules of PRODUCT.md §3. */
@Service
public class InitiativeService {

    private final InitiativeRepository repository;
    private final InitiativeWriteRepository items;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PortfolioCache cache;
    private final Spreadsheets spreadsheets;

    InitiativeService(
            InitiativeRepository repository,
            InitiativeWriteRepository items,
            CurrentUser currentUser,
            AuditLog auditLog,
            PortfolioCache cache,
            Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
        this.repository = repository;
        this.items = items;
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

    /**
     * Writes the filtered list of one track as a spreadsheet in the user's language, streamed from the database,
     * and records the export. Anyone signed in may read the lists, so anyone may export them.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void export(InitiativeFilter filter, ExportFormat format, Locale locale, OutputStream out) {
        var track = filter.track();
        if (track == null) {
            throw new IllegalArgumentException("an export is of one track");
        }
        long rows;
        try (var items = repository.export(filter)) {
            rows = spreadsheets.write(format, InitiativeExport.layout(track), items, locale, out);
        }
        auditLog.recordExport(InitiativeExport.list(track), format.name(), rows, filter.toString());
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

    /** The journeys an item may name, a page at a time for the form's picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> journeyChoices(String text, int offset, int limit) {
        return repository.journeyChoices(text, offset, limit);
    }

    /** The goals an experiment or programme may name, a page at a time for the form's picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> goalChoices(String text, int offset, int limit) {
        return repository.goalChoices(text, offset, limit);
    }

    /** The programmes an experiment may explore (not completed or stopped), a page at a time for the form's picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Option> programmeChoices(String text, int offset, int limit) {
        return repository.programmeChoices(text, offset, limit);
    }

    /** The experiments that explore the programme, for its page: counted, the first few listed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ExploringExperiments exploring(long programmeId) {
        return repository.exploring(programmeId);
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
        validate(track, draft, null, null);
        var written = items.insert(track, Stage.initial(track), user.id(), trimmed(draft));
        var item = written.row();
        auditLog.record(new AuditEntry(
                "INITIATIVE_CREATED",
                "initiative",
                item.id(),
                item.id(),
                track.name() + " proposed: " + item.title(),
                null,
                written.after()));
        return item.id();
    }

    /**
     * Saves an edit made against {@code expectedVersion}. If someone saved in between, nothing is written and a
     * {@link ConcurrentEditException} tells the user so.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void update(long id, int expectedVersion, InitiativeDraft draft) {
        var user = currentUser.require();
        var item = items.find(id).orElseThrow(NotFoundException::new);
        InitiativePermissions.requireMayEdit(user, item.ownerId());
        item.at(expectedVersion);
        var track = item.track();
        validate(track, draft, item.draft().departmentId(), item.draft().exploresProgrammeId());
        var written = items.update(id, expectedVersion, trimmed(draft));
        auditLog.record(new AuditEntry(
                "INITIATIVE_UPDATED",
                "initiative",
                id,
                id,
                track.name() + " edited: " + written.row().title(),
                written.before(),
                written.after()));
    }

    /**
     * An item may keep the department it has after that department was deactivated, and an experiment the programme
     * it explores after that programme ended; new choices must be active (a programme: not completed or stopped).
     */
    void validate(
            Track track, InitiativeDraft draft, @Nullable Long currentDepartment, @Nullable Long currentProgramme) {
        InitiativeRules.validate(track, draft);
        var department = draft.departmentId();
        if (department == null
                || (!department.equals(currentDepartment) && !repository.departmentIsActive(department))) {
            throw new InvalidInputException("validation.department-unknown");
        }
        var goal = draft.goalId();
        if (goal != null && !repository.goalExists(goal)) {
            throw new InvalidInputException("validation.goal-unknown");
        }
        var journey = draft.journeyId();
        if (journey != null && !repository.journeyExists(journey)) {
            throw new InvalidInputException("validation.journey-unknown");
        }
        var programme = draft.exploresProgrammeId();
        if (programme != null && !programme.equals(currentProgramme)) {
            var stage = repository
                    .programmeStage(programme)
                    .orElseThrow(() -> new InvalidInputException("validation.programme-unknown"));
            if (stage == Stage.COMPLETED || stage == Stage.STOPPED) {
                throw new InvalidInputException("validation.programme-ended");
            }
        }
    }

    /** The draft as it is stored: the title trimmed, blank texts as none. */
    static InitiativeDraft trimmed(InitiativeDraft draft) {
        return new InitiativeDraft(
                draft.title().trim(),
                trimToNull(draft.description()),
                trimToNull(draft.hypothesis()),
                draft.layer(),
                draft.ambition(),
                draft.departmentId(),
                draft.goalId(),
                trimToNull(draft.sponsor()),
                trimToNull(draft.leadName()),
                draft.participants(),
                trimToNull(draft.toolVendor()),
                trimToNull(draft.useCaseCategory()),
                draft.journeyId(),
                draft.exploresProgrammeId(),
                trimToNull(draft.startQuarter()),
                trimToNull(draft.endQuarter()),
                draft.costEstimate(),
                draft.hoursSavedPerWeek(),
                draft.adoptionPct(),
                draft.satisfaction(),
                trimToNull(draft.learnings()));
    }

    private static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
