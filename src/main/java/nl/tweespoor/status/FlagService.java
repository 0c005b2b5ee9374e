package nl.tweespoor.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Track;
import nl.tweespoor.priority.PriorityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Flags and latest RAG per item, computed in a fixed number of statements whatever the number of items. */
@Service
public class FlagService {

    private final FlagRepository repository;
    private final PriorityService priorities;

    FlagService(FlagRepository repository, PriorityService priorities) {
        this.repository = repository;
        this.priorities = priorities;
    }

    /** Signals of the given items (e.g. one grid page). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ItemSignals> signals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return compute(repository.facts(ids, Quarter.of(LocalDate.now())));
    }

    /** Signals of every active item: for the dashboard counts and the review agenda. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ItemSignals> activeSignals() {
        return compute(repository.activeFacts(Quarter.of(LocalDate.now())));
    }

    /** How many active items carry each flag. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Flag, Long> activeFlagCounts() {
        return activeSignals().values().stream().flatMap(s -> s.flags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Map<Long, ItemSignals> compute(List<SignalFacts> facts) {
        var now = OffsetDateTime.now();
        var current = Quarter.of(LocalDate.now());
        int staleDays = repository.staleAfterDays();
        Set<Long> unfunded = new HashSet<>();
        int year = Year.now().getValue();
        for (var track : Track.values()) {
            unfunded.addAll(priorities.unfundedIds(track, year));
        }
        return facts.stream().collect(Collectors.toMap(SignalFacts::id, f -> new ItemSignals(f.id(), f.lastRag(),
                FlagRules.of(f, now, staleDays, current, unfunded.contains(f.id())))));
    }
}
