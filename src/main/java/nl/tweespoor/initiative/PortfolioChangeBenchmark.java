package nl.tweespoor.initiative;

import nl.tweespoor.base.BenchmarkAction;
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

    @Bean
    BenchmarkAction benchmarkPortfolioChange(InitiativeRepository items, TransactionTemplate transactions) {
        return new BenchmarkAction() {
            @Override
            public String name() {
                return "portfolio-change";
            }

            @Override
            public String run() {
                var rows = transactions.execute(status -> items.rewriteFirstItem());
                return Integer.toString(rows == null ? 0 : rows);
            }
        };
    }
}
