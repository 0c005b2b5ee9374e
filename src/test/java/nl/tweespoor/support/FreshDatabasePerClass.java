package nl.tweespoor.support;

import nl.tweespoor.base.PortfolioCache;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives every test class (and every test of a {@link FreshDatabaseForEachTest} class) a fresh copy of its context's
 * template database, so no test sees what another one committed and the tests pass in any order. Runs before the
 * test transaction starts (order 4000) and before {@code @WithUserDetails} reads the user (10000). What the app keeps
 * in memory about the data (the portfolio figures) is forgotten with the old database.
 */
public class FreshDatabasePerClass implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1_900;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        renew(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var database = database(testContext);
        if (database == null) {
            return;
        }
        TestDatabase.useAsCurrent(database.name());
        boolean eachTest =
                TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), FreshDatabaseForEachTest.class);
        if (database.markUsed() && eachTest) {
            renew(testContext);
            database.markUsed();
        }
    }

    private static void renew(TestContext testContext) {
        var database = database(testContext);
        if (database == null) {
            return;
        }
        database.renew();
        testContext
                .getApplicationContext()
                .getBeanProvider(PortfolioCache.class)
                .ifAvailable(PortfolioCache::clear);
    }

    private static ClassDatabase database(TestContext testContext) {
        return testContext
                .getApplicationContext()
                .getBeanProvider(ClassDatabase.class)
                .getIfAvailable();
    }
}
