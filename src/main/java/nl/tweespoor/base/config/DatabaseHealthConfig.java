package nl.tweespoor.base.config;

import nl.tweespoor.base.DatabaseStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database part of /actuator/health, in place of Spring Boot's own (named alike, so Boot's steps back): it answers
 * DOWN within {@link DatabaseStatus#LIMIT} when the database is gone, instead of waiting for a connection.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfig {

    @Bean
    HealthIndicator dbHealthIndicator(DatabaseStatus status) {
        return () -> status.check()
                .map(problem ->
                        Health.down().withDetail("database", "PostgreSQL").withDetail("error", problem))
                .orElseGet(() -> Health.up().withDetail("database", "PostgreSQL"))
                .build();
    }
}
