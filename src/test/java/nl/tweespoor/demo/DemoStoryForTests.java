package nl.tweespoor.demo;

import nl.tweespoor.base.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Tests run on a PostgreSQL of their own that the app sees as external, where the product never loads demo data;
 * the tests load the demo story themselves, before the first-admin bootstrap looks for users, and run in demo mode.
 */
@Order(0)
public class DemoStoryForTests implements ApplicationRunner {

    private final DemoData demoData;
    private final DemoMode demoMode;

    public DemoStoryForTests(DemoData demoData, DemoMode demoMode) {
        this.demoData = demoData;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoMode.switchOn();
        demoData.loadIfEmpty();
    }
}
