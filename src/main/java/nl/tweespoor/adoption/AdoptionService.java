package nl.tweespoor.adoption;

import java.util.List;
import nl.tweespoor.base.PortfolioCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adoption signals per department: experiments run and concluded, participants, learnings shared. */
@Service
public class AdoptionService {

    private final AdoptionRepository repository;
    private final PortfolioCache cache;

    AdoptionService(AdoptionRepository repository, PortfolioCache cache) {
        this.repository = repository;
        this.cache = cache;
    }

    /**
     * Kept while the portfolio is unchanged: it adds up every experiment of every department (11 ms on 10,000 items),
     * from initiative and department, which both move portfolio_version.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdoptionSignal> perDepartment() {
        return cache.get(List.of("adoption-per-department"), () -> List.copyOf(repository.perDepartment()));
    }
}
