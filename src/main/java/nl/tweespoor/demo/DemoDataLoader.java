package nl.tweespoor.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.tweespoor.base.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode is chosen on purpose ({@code tweespoor.demo-data=true}; {@code ./mvnw spring-boot:run} passes it) and only
 * ever on the embedded database: the demo accounts share one published password, so they never reach an external
 * database, whatever the setting says.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final DemoMode demoMode;
    private final boolean requested;
    private final boolean embedded;

    DemoDataLoader(DemoData demoData, DemoMode demoMode, ObjectProvider<EmbeddedPostgres> embedded,
            @Value("${tweespoor.demo-data:false}") boolean requested) {
        this.demoData = demoData;
        this.demoMode = demoMode;
        this.requested = requested;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested && !embedded) {
            LOG.warn("tweespoor.demo-data=true is ignored: demo data is never loaded into an external database.");
        } else if (requested && demoData.loadIfEmpty()) {
            LOG.info("Loaded the demo data of Noordzee Verzekeringen; log in as leader / demo.");
        }
        // Whatever was asked this time: a database that holds the demo story has its published passwords.
        if (demoData.isLoaded()) {
            demoMode.switchOn();
            if (!requested) {
                LOG.warn("This database holds the demo story and its demo accounts (password 'demo'). "
                        + "Start with an empty data folder for real use.");
            }
        }
    }
}
