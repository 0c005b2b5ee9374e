package nl.tweespoor.support;

import java.security.SecureRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests of a class run in random order (junit-platform.properties). JUnit logs its own seed only at a level no
 * build shows, so this picks the seed itself, unless one is given, and prints it: a failing order can be rerun with
 * {@code -Djunit.jupiter.execution.order.random.seed=N}. Registered in META-INF/services.
 */
public class RandomOrderSeed implements LauncherSessionListener {

    static final String SEED = "junit.jupiter.execution.order.random.seed";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var seed = System.getProperty(SEED);
        if (seed == null) {
            seed = String.valueOf(new SecureRandom().nextLong());
            System.setProperty(SEED, seed);
        }
        System.out.println("Tests within a class run in random order. To reproduce it use -D" + SEED + "=" + seed);
    }
}
