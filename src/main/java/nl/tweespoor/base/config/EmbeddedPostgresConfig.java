package nl.tweespoor.base.config;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource configured, Tweespoor runs its own PostgreSQL ({@link EmbeddedPostgresServer}) so that
 * {@code java -jar} and {@code ./mvnw spring-boot:run} work on a fresh machine. The data folder is kept, so data
 * survives restarts. The app signs in as the plain role {@value EmbeddedSecrets#APP}; Flyway migrates as the owner
 * {@value EmbeddedSecrets#OWNER}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${tweespoor.embedded.data-dir:${user.home}/.tweespoor/data}") Path dataDir,
            @Value("${tweespoor.embedded.binaries-dir:${user.home}/.tweespoor/pgsql}") Path binariesDir,
            @Value("${tweespoor.embedded.port:0}") int port) {
        return EmbeddedPostgresServer.start(dataDir, binariesDir, port, true);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(EmbeddedSecrets.APP);
        dataSource.setPassword(postgres.secrets().appPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("tweespoor-embedded");
        // Fail fast while the database is away (the page says so), and test connections after a restart.
        dataSource.setConnectionTimeout(1500);
        dataSource.setValidationTimeout(1000);
        dataSource.setKeepaliveTime(60_000);
        return dataSource;
    }

    /** Flyway migrates as the owner of the schema, the app's own role only reads and writes rows. */
    @Bean
    FlywayConfigurationCustomizer embeddedFlywayOwner(EmbeddedPostgresServer postgres) {
        return configuration -> configuration.dataSource(
                postgres.jdbcUrl(), EmbeddedSecrets.OWNER, postgres.secrets().ownerPassword());
    }
}
