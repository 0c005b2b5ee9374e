package nl.tweespoor.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of tests whose work must commit (real concurrency, closing reviews): the whole application on a database of
 * its own ({@link OwnDatabase}), with the demo data. One Spring context shared by all such classes.
 */
@SpringBootTest
@ContextConfiguration(initializers = OwnDatabase.Initializer.class)
public abstract class OwnDatabaseTest {
}
