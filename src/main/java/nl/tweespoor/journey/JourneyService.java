package nl.tweespoor.journey;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.audit.Written;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Option;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.initiative.OwnershipService;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer journeys and internal chains: leaders keep them (create, edit, delete while no item names them); everyone
 * reads the journey map and its signals, which the dashboard and the review agenda show too.
 */
@Service
public class JourneyService {

    private final JourneyRepository repository;
    private final JourneyMapQueries map;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PortfolioCache cache;
    private final OwnershipService owners;

    JourneyService(
            JourneyRepository repository,
            JourneyMapQueries map,
            CurrentUser currentUser,
            AuditLog auditLog,
            PortfolioCache cache,
            OwnershipService owners) {
        this.repository = repository;
        this.map = map;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.cache = cache;
        this.owners = owners;
    }

    /** One page of the journey map for this year's plan. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<JourneyRow> page(JourneyFilter filter, int offset, int limit) {
        return map.page(filter, thisYear(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(JourneyFilter filter) {
        return map.count(filter);
    }

    /** How many journeys show each signal this year (kept while nothing changes: it reads every journey). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SignalCounts signalCounts() {
        int year = thisYear();
        return cache.get(List.of("journey-signal-counts", year), () -> map.signalCounts(year));
    }

    /** The first {@code limit} journeys with a signal, by title. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<JourneyFlag> flagged(int limit) {
        int year = thisYear();
        return cache.get(List.of("journey-flagged", year, limit), () -> List.copyOf(map.flagged(year, limit)));
    }

    /** The journey, intent and signals of each item that names a journey, by item id (items without one are absent). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ItemJourney> ofItems(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return map.ofItems(itemIds, thisYear()).stream()
                .collect(Collectors.toUnmodifiableMap(ItemJourney::itemId, Function.identity()));
    }

    /** The people a journey may be given to, a page at a time for a picker that searches as you type. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LEADER')")
    public List<Option> ownerChoices(String text, int offset, int limit) {
        return owners.ownerChoices(text, offset, limit);
    }

    /** Whether the signed-in user may keep journeys; for showing the buttons, the actions check again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.require().isLeader();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public long create(JourneyDraft draft) {
        var valid = valid(draft, 0);
        var written = repository.insert(valid);
        record("JOURNEY_CREATED", written, "Journey created: ");
        return written.row().id();
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void update(long id, int expectedVersion, JourneyDraft draft) {
        // a stale edit is refused before its draft is judged
        repository.requireCurrent(id, expectedVersion);
        var written = repository.update(id, expectedVersion, valid(draft, id));
        record("JOURNEY_UPDATED", written, "Journey edited: ");
    }

    /** Deletes a journey no programme or experiment names; one that items still name is refused, saying how many. */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void delete(long id, int expectedVersion) {
        repository.requireCurrent(id, expectedVersion);
        int naming = repository.itemsNaming(id);
        if (naming > 0) {
            throw new InvalidInputException("journey.delete-in-use", naming);
        }
        record("JOURNEY_DELETED", repository.delete(id, expectedVersion), "Journey deleted: ");
    }

    private ValidJourney valid(JourneyDraft draft, long id) {
        var valid = JourneyRules.valid(draft);
        if (repository.titleTaken(valid.title(), id)) {
            throw new InvalidInputException("journey.title-taken", valid.title());
        }
        var owner = valid.ownerId();
        if (owner != null && !owners.mayOwn(owner)) {
            throw new InvalidInputException("journey.owner-unknown");
        }
        return valid;
    }

    private void record(String kind, Written<Journey> written, String summary) {
        var journey = written.row();
        auditLog.record(new AuditEntry(
                kind, "journey", journey.id(), null, summary + journey.title(), written.before(), written.after()));
    }

    private static int thisYear() {
        return Year.now().getValue();
    }
}
