package nl.tweespoor.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Track;
import nl.tweespoor.budget.ReserveService;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The cut line and the reserve share are kept between requests (PortfolioCache); a committed change of the reserve
 * is seen by the next request, never a cut line of the old reserve. Commits, so it gets a fresh demo database.
 */
@FreshDatabaseForEachTest
@WithUserDetails("leader")
class ReserveKeptCutLineTest extends DatabaseTest {

    private static final int YEAR = Year.now().getValue();

    @Autowired
    PriorityService priorities;

    @Autowired
    RankingService rankings;

    @Autowired
    ReserveService reserves;

    @Autowired
    PortfolioCache cache;

    @BeforeEach
    void startsWithNothingKept() {
        cache.clear();
    }

    @Test
    void a_committed_reserve_moves_the_kept_cut_line_and_share() {
        var reserve = reserves.reserve(YEAR);
        reserves.setReserve(YEAR, BigDecimal.ZERO, reserve.version());
        var before = priorities.cutLine(Track.STRATEGIC, YEAR);
        assertThat(rankings.summary(Track.STRATEGIC, YEAR).reserveShare()).isEqualByComparingTo("0");
        assertThat(before.firstUnfunded()).isNotNull();
        assertThat(before.firstUnfunded().id()).isEqualTo(firstUnfundedRankedNow());

        // all of the envelopes reserved: an optimise item with planned budget can no longer be funded
        reserves.setReserve(YEAR, reserve.envelopes(), reserves.reserve(YEAR).version());

        var summary = rankings.summary(Track.STRATEGIC, YEAR);
        assertThat(summary.reserveShare()).isEqualByComparingTo(summary.envelope());
        var after = priorities.cutLine(Track.STRATEGIC, YEAR);
        assertThat(after.firstUnfunded()).isNotNull();
        assertThat(after.firstUnfunded().id()).isEqualTo(firstUnfundedRankedNow());
        var firstOptimise = priorities.ranking(Track.STRATEGIC, YEAR).items().stream()
                .filter(item -> item.ambition().equals("OPTIMISE")
                        && item.plannedThisYear().signum() > 0)
                .findFirst()
                .orElseThrow();
        assertThat(after.firstUnfunded().position()).isLessThanOrEqualTo(firstOptimise.position());
    }

    /** The first unfunded item of a ranking computed afresh (the whole ranking is never kept). */
    private long firstUnfundedRankedNow() {
        return priorities.ranking(Track.STRATEGIC, YEAR).items().stream()
                .filter(item -> !item.funded())
                .findFirst()
                .orElseThrow()
                .id();
    }
}
