package nl.tweespoor.roadmap;

import java.util.ArrayList;
import java.util.List;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roadmap's items for the quarters in view, each lane capped on its own. */
@Service
public class RoadmapService {

    /**
     * More bars than this in one lane are unreadable; the user is told to narrow the filter. Per lane, so many
     * experiments never push the programmes off the roadmap.
     */
    public static final int MAX_PER_LANE = 60;

    private final RoadmapRepository repository;
    private final PortfolioCache cache;

    RoadmapService(RoadmapRepository repository, PortfolioCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Roadmap roadmap(RoadmapFilter filter) {
        if (filter.from() == null || filter.to() == null || filter.to().compareTo(filter.from()) < 0) {
            throw new InvalidInputException("validation.end-before-start");
        }
        // The roadmap as it opens (no filter, only the quarters and the grouping) is kept while the portfolio is
        // unchanged: it ranks every item in view (21 ms on 10,000 items). A filtered one is read as asked, so the
        // many combinations of filters do not crowd the cache.
        return filter.narrowed() ? lanes(filter) : cache.get(List.of("roadmap", filter), () -> lanes(filter));
    }

    private Roadmap lanes(RoadmapFilter filter) {
        var rows = repository.items(filter, MAX_PER_LANE);
        var lanes = new ArrayList<Roadmap.Lane>();
        for (var track : Track.values()) {
            var items = rows.stream()
                    .filter(row -> row.item().track() == track)
                    .map(RoadmapRepository.Row::item)
                    .toList();
            int matched = rows.stream()
                    .filter(row -> row.item().track() == track)
                    .mapToInt(RoadmapRepository.Row::matched)
                    .findFirst()
                    .orElse(0);
            lanes.add(new Roadmap.Lane(track, items, matched));
        }
        return new Roadmap(lanes);
    }
}
