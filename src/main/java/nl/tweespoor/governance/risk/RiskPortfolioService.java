package nl.tweespoor.governance.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.tweespoor.base.Track;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole portfolio by AI risk class and track, for /governance; everyone may read it. */
@Service
public class RiskPortfolioService {

    /** The most risky items one call returns. */
    public static final int MAX_PAGE = 100;

    private final PortfolioRepository repository;

    RiskPortfolioService(PortfolioRepository repository) {
        this.repository = repository;
    }

    /** Counts per class and track, and how many HIGH and PROHIBITED items (and breaches) there are. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RiskOverview overview() {
        var active = new EnumMap<Track, Map<RiskClass, Integer>>(Track.class);
        var proposed = new EnumMap<Track, Map<RiskClass, Integer>>(Track.class);
        for (var count : repository.counts()) {
            var target = count.stage().isActive() ? active : proposed;
            target.computeIfAbsent(count.track(), t -> new EnumMap<>(RiskClass.class))
                    .merge(count.riskClass(), count.count(), Integer::sum);
        }
        var risky = repository.riskyCount();
        return new RiskOverview(active, proposed, risky.items(), risky.breaches());
    }

    /** A page of the HIGH and PROHIBITED items, breaches first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RiskOverview.RiskyItem> riskyItems(int offset, int limit) {
        return repository.riskyItems(Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }
}
