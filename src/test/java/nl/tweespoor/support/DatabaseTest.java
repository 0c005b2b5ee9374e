package nl.tweespoor.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of service tests: the whole application on a real PostgreSQL with the demo data loaded (users admin, leader,
 * manager, manager2, viewer). Each test class gets a fresh copy of the demo database ({@link FreshDatabasePerClass});
 * tests that change data should be @Transactional so each one is rolled back, or, when their work must commit, the
 * class is marked {@link FreshDatabaseForEachTest}. Shares its Spring context with {@link BrowserlessUiTest}: same
 * annotations, same initializer.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public abstract class DatabaseTest {}
