package nl.tweespoor.base.config;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqConfig {

    /** Rows with a version column are stored with optimistic locking: a stale save fails instead of overwriting. */
    @Bean
    DefaultConfigurationCustomizer optimisticLocking() {
        return configuration -> configuration.settings()
                .withExecuteWithOptimisticLocking(true)
                .withExecuteWithOptimisticLockingExcludeUnversioned(true)
                .withRenderSchema(false);
    }
}
