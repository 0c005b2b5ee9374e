package nl.tweespoor.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tweespoor.base.PerRequest;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.priority.PriorityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and latest RAG per item, computed by the database for the rows asked for, in a fixed number of statements
 * whatever the size of the portfolio.
 */
@Service
public class FlagService {

    private static final PerRequest<FlagSql> PER_REQUEST = PerRequest.named("flag-sql");

    private final FlagRepository repository;
    private final PriorityService priorities;
    private final PortfolioCache cache;

    FlagService(FlagRepository repository, PriorityService priorities, PortfolioCache cache) {
        this.repository = repository;
        this.priorities = priorities;
        this.cache = cache;
    }

    /** Signals of the given items (e.g. one grid page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ItemSignals> signals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.signals(ids, sql());
    }

    /** How many active items carry each flag. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Flag, Long> activeFlagCounts() {
        var flags = sql();
        return cache.get(List.of("flag-counts", flags.inputs()), () -> Map.copyOf(repository.activeCounts(flags)));
    }

    /**
     * The active items that carry any flag, kept while the portfolio is unchanged: the review agenda sorts thousands
     * of items "flagged first" on every page and filter, and working out every flag of every active item is the dear
     * part of that.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> flaggedActiveIds() {
        var flags = sql();
        return cache.get(
                List.of("flagged-active", flags.inputs()), () -> Set.copyOf(repository.flaggedActiveIds(flags)));
    }

    /**
     * The flags as SQL, for other features' queries over items (the review agenda sorts and filters by them). Built
     * once per request: the stale threshold and the cut lines are read once, however many queries use them (built
     * again when the request itself changed something).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public FlagSql sql() {
        return PER_REQUEST.untilChanged(this::build);
    }

    private FlagSql build() {
        var current = Quarter.of(LocalDate.now());
        // To the minute: the counts kept between requests (PortfolioCache) then serve a minute of page views, and
        // every query of the minute agrees with them.
        var staleBefore = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusDays(repository.staleAfterDays());
        int year = Year.now().getValue();
        var cutLines = Arrays.stream(Track.values())
                .map(track -> priorities.cutLine(track, year))
                .toList();
        return new FlagSql(staleBefore, current, cutLines);
    }
}
