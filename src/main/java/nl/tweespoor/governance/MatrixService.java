package nl.tweespoor.governance;

import java.util.List;
import nl.tweespoor.base.PortfolioCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Items × principles, so leaders see at a glance where the norms are not met. Everyone may read it. */
@Service
public class MatrixService {

    private final MatrixRepository repository;
    private final PortfolioCache cache;

    MatrixService(MatrixRepository repository, PortfolioCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MatrixRow> page(MatrixFilter filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(MatrixFilter filter) {
        // Counting runs over every active item; the dashboard asks for the open points on every view.
        return cache.get(List.of("matrix-count", filter), () -> repository.count(filter));
    }
}
