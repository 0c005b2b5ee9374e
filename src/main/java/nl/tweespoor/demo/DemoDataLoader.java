package nl.tweespoor.demo;

import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.DemoMode;
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
 * Demo mode is chosen on purpose ({@code tweespoor.demo-data=true}; {@code ./mvnw spring-boot:run} passes it) and only
 * ever on the embedded database: the demo accounts share one published password, so they never reach an external
 * database, whatever the setting says. {@code tweespoor.demo-data=large} adds the large portfolio to the demo story
 * (at {@code tweespoor.demo-data-scale}, 1 by default), also into a data folder that holds the demo story already.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final DemoMode demoMode;
    private final boolean requested;
    private final boolean large;
    private final double scale;
    private final boolean embedded;

    DemoDataLoader(
            DemoData demoData,
            DemoMode demoMode,
            ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${tweespoor.demo-data:false}") String requested,
            @Value("${tweespoor.demo-data-scale:1}") double scale) {
        this.demoData = demoData;
        this.demoMode = demoMode;
        var value = requested.trim().toLowerCase(Locale.ROOT);
        this.large = value.equals("large");
        // Spring's words for a boolean, as when the setting was one, and "large".
        this.requested = large || List.of("true", "on", "yes", "1").contains(value);
        if (!this.requested && !List.of("", "false", "off", "no", "0").contains(value)) {
            throw new IllegalArgumentException("tweespoor.demo-data must be true, false or large: " + requested);
        }
        this.scale = scale;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested && !embedded) {
            LOG.warn("tweespoor.demo-data is ignored: demo data is never loaded into an external database.");
        } else if (requested && demoData.loadIfEmpty()) {
            LOG.info("Loaded the demo data of Noordzee Verzekeringen; log in as leader / demo.");
        }
        if (large && embedded && demoData.isLoaded() && demoData.loadLargePortfolio(scale)) {
            LOG.info("Added the large portfolio (scale {}) to the demo story.", scale);
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
