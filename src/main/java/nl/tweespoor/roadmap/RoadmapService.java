package nl.tweespoor.roadmap;

import nl.tweespoor.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roadmap's items for the quarters in view. */
@Service
public class RoadmapService {

    /** More bars than this are unreadable; the user is told to narrow the filter. */
    static final int MAX_ITEMS = 300;

    private final RoadmapRepository repository;

    RoadmapService(RoadmapRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Roadmap roadmap(RoadmapFilter filter) {
        if (filter.from() == null || filter.to() == null || filter.to().compareTo(filter.from()) < 0) {
            throw new InvalidInputException("validation.end-before-start");
        }
        var items = repository.items(filter, MAX_ITEMS + 1);
        boolean truncated = items.size() > MAX_ITEMS;
        return new Roadmap(truncated ? items.subList(0, MAX_ITEMS) : items, truncated);
    }
}
