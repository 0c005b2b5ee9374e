package nl.tweespoor.initiative;

import java.util.List;
import java.util.Objects;
import nl.tweespoor.base.BenchmarkAction;
import nl.tweespoor.base.Track;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the benchmark only ({@code --tweespoor.benchmark=true}): a committed change to the portfolio that alters no
 * value (one item's row written again), so portfolio_version moves on and the next view computes its portfolio-wide
 * figures afresh. The benchmark times views right after it, the cost a user pays after someone else's change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tweespoor.benchmark", havingValue = "true")
class PortfolioChangeBenchmark {

    /**
     * The routes of the first experiment's and the first programme's pages (lowest ids: the demo story's, in both data
     * sets), so the benchmark opens the same item pages without ids written into it.
     */
    @Bean
    BenchmarkAction benchmarkItemPages(InitiativeRepository items, TransactionTemplate transactions) {
        return BenchmarkAction.of("item-pages", () -> {
            var ids = Objects.requireNonNull(transactions.execute(
                    status -> List.of(items.firstOfTrack(Track.PERSONAL), items.firstOfTrack(Track.STRATEGIC))));
            return "experiments/" + ids.get(0) + " programmes/" + ids.get(1);
        });
    }

    @Bean
    BenchmarkAction benchmarkPortfolioChange(InitiativeRepository items, TransactionTemplate transactions) {
        return BenchmarkAction.of("portfolio-change", () -> {
            var rows = transactions.execute(status -> items.rewriteFirstItem());
            return Integer.toString(rows == null ? 0 : rows);
        });
    }
}
