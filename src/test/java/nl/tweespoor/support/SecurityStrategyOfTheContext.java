package nl.tweespoor.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin sets the JVM-wide security context strategy when an application context starts. With several cached test
 * contexts (one on the shared database, others on fresh ones), the last one started would win and a signed-in test
 * user would be invisible to the services of the others. Before each test, the test's own context's strategy is put
 * back — before {@code @WithUserDetails} signs the user in (that listener has order 10000).
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
