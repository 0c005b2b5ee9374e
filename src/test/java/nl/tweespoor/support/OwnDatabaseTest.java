package nl.tweespoor.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of tests whose work must commit (real concurrency, closing reviews): the whole application on a fresh database
 * of its own with the demo story ({@link TestDatabase.FreshDatabaseInitializer}), never the shared one other tests
 * read. One Spring context shared by all such classes.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.FreshDatabaseInitializer.class)
@TestPropertySource(properties = "tweespoor.test.database=concurrency")
public abstract class OwnDatabaseTest {}
