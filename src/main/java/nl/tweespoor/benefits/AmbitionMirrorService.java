package nl.tweespoor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Settings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ambition mirror: the redesign share (planned budget on REDESIGN items ÷ planned AI budget) quarter by quarter
 * to the end of next year, against the redesign target. It looks back up to {@link #YEARS_BACK} years, from the first
 * quarter with plans (this year's first quarter at the latest), so a young portfolio is not drawn as years of nothing.
 * For the dashboard and the board pack; summed in SQL, kept while the portfolio is unchanged.
 */
@Service
public class AmbitionMirrorService {

    public static final int YEARS_BACK = 2;

    private final RedesignShareQueries queries;
    private final Settings settings;
    private final PortfolioCache cache;

    AmbitionMirrorService(RedesignShareQueries queries, Settings settings, PortfolioCache cache) {
        this.queries = queries;
        this.settings = settings;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AmbitionMirror mirror() {
        var today = Quarter.of(LocalDate.now());
        var from = new Quarter(today.year() - YEARS_BACK, 1);
        var to = new Quarter(today.year() + 1, 4);
        var target = settings.current().redesignTargetPct();
        return cache.get(List.of("ambition-mirror", from, target), () -> new AmbitionMirror(every(from, to), target));
    }

    private List<RedesignShare> every(Quarter from, Quarter to) {
        var planned = queries.perQuarter(from, to).stream()
                .collect(Collectors.toMap(RedesignShare::quarter, Function.identity()));
        var thisYear = new Quarter(to.year() - 1, 1);
        var first = planned.values().stream()
                .filter(share -> share.totalPlanned().signum() > 0)
                .map(share -> Quarter.parse(share.quarter()))
                .filter(q -> q.compareTo(thisYear) < 0)
                .min(Quarter::compareTo)
                .orElse(thisYear);
        var all = new ArrayList<RedesignShare>();
        for (var q = first; q.compareTo(to) <= 0; q = q.plus(1)) {
            var quarter = q.toString();
            all.add(planned.getOrDefault(quarter, new RedesignShare(quarter, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return all;
    }
}
