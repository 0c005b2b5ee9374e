package nl.tweespoor.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of service tests: the whole application on a real PostgreSQL with the demo data loaded (users admin, leader,
 * manager, manager2, viewer). Tests that change data should be @Transactional so each one is rolled back.
 */
@SpringBootTest
public abstract class DatabaseTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
