package nl.tweespoor.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of tests whose work must commit (real concurrency, closing reviews): the whole application on a database of
 * its own ({@link OwnDatabase}), with the demo data. One Spring context shared by all such classes.
 *
 * <p>Each Vaadin application sets the JVM-wide {@link SecurityContextHolder} strategy to its own bean when it starts,
 * and its method security reads that bean. With two applications in one test JVM the strategy must follow the test:
 * this application's for these tests, and back to the shared one's afterwards, or the other tests' users vanish.
 */
@SpringBootTest
@ContextConfiguration(initializers = OwnDatabase.Initializer.class)
public abstract class OwnDatabaseTest {

    @Autowired
    private SecurityContextHolderStrategy ownStrategy;

    private SecurityContextHolderStrategy outside;

    @BeforeEach
    void useThisApplicationsSecurityStrategy() {
        var current = SecurityContextHolder.getContextHolderStrategy();
        outside = current == ownStrategy ? OwnDatabase.strategyBeforeCreation() : current;
        SecurityContextHolder.setContextHolderStrategy(ownStrategy);
    }

    @AfterEach
    void giveTheOtherTestsTheirSecurityStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(outside);
    }
}
