package nl.tweespoor.dashboard;

import java.util.List;
import java.util.Optional;
import nl.tweespoor.base.PortfolioCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures, each computed by one set-based query and kept while the portfolio is unchanged. */
@Service
public class DashboardService {

    private final DashboardRepository repository;
    private final PortfolioCache cache;

    DashboardService(DashboardRepository repository, PortfolioCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StageCount> itemsPerTrackAndStage() {
        return cache.get(List.of("stage-counts"), repository::countPerTrackAndStage);
    }

    /** Latest RAG of every active item (experiments running; programmes discovery to run), counted. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RagCount> latestRagOfActiveItems() {
        return cache.get(List.of("latest-rag"), repository::countLatestRag);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<NextReview> nextReview() {
        return repository.nextReview();
    }
}
