package nl.tweespoor.demo;

import nl.tweespoor.base.config.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once: by default only when Tweespoor runs its own embedded PostgreSQL, never on an external
 * database unless tweespoor.demo-data=true says so explicitly.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final boolean enabled;

    DemoDataLoader(DemoData demoData, ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${tweespoor.demo-data:#{null}}") Boolean demoData0) {
        this.demoData = demoData;
        this.enabled = demoData0 != null ? demoData0 : embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && demoData.loadIfEmpty()) {
            LOG.info("Loaded the demo data of Noordzee Verzekeringen; log in as leader / demo.");
        }
    }
}
