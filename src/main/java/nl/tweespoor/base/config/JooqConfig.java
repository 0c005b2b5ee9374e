package nl.tweespoor.base.config;

import java.util.Arrays;
import nl.tweespoor.base.Settings;
import nl.tweespoor.base.SqlStatements;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqConfig {

    /** Rows with a version column are stored with optimistic locking: a stale save fails instead of overwriting. */
    @Bean
    DefaultConfigurationCustomizer optimisticLocking() {
        return configuration -> configuration
                .settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                .withRenderSchema(false);
    }

    /** Statement counts for the benchmark and the tests that prove a view's work does not grow with the data. */
    @Bean
    DefaultConfigurationCustomizer statementCounting() {
        return configuration -> configuration.set(appended(configuration.executeListenerProviders()));
    }

    /** A write to app_setting makes the rest of the request read the settings afresh (base.Settings). */
    @Bean
    DefaultConfigurationCustomizer settingsWrites() {
        return configuration ->
                configuration.set(appended(configuration.executeListenerProviders(), new Settings.Writes()));
    }

    private static ExecuteListenerProvider[] appended(ExecuteListenerProvider[] existing) {
        return appended(existing, new SqlStatements());
    }

    private static ExecuteListenerProvider[] appended(ExecuteListenerProvider[] existing, ExecuteListener listener) {
        var all = Arrays.copyOf(existing, existing.length + 1);
        all[existing.length] = new DefaultExecuteListenerProvider(listener);
        return all;
    }
}
