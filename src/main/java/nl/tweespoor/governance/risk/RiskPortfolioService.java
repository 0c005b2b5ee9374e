package nl.tweespoor.governance.risk;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import nl.tweespoor.base.ActiveStages;
import nl.tweespoor.base.Track;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole portfolio by AI risk class and track, for /governance; everyone may read it. */
@Service
public class RiskPortfolioService {

    private final PortfolioRepository repository;

    RiskPortfolioService(PortfolioRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RiskOverview overview() {
        var active = new EnumMap<Track, Map<RiskClass, Integer>>(Track.class);
        var proposed = new EnumMap<Track, Map<RiskClass, Integer>>(Track.class);
        for (var count : repository.counts()) {
            var target = ActiveStages.isActive(count.stage()) ? active : proposed;
            target.computeIfAbsent(count.track(), t -> new EnumMap<>(RiskClass.class))
                    .merge(count.riskClass(), count.count(), Integer::sum);
        }
        var items = repository.riskyItems().stream()
                .sorted(Comparator.comparing((RiskOverview.RiskyItem i) -> !i.breach())).toList();
        return new RiskOverview(active, proposed, items);
    }
}
