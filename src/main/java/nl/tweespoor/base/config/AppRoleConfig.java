package nl.tweespoor.base.config;

import java.sql.SQLException;
import java.util.HashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.util.StringUtils;

/**
 * Tells the migrations which role the app signs in as, so that they grant it only what it needs (placeholder
 * {@code app_role}). Flyway itself migrates as the owner ({@code spring.flyway.user}, else the datasource user).
 */
@Configuration(proxyBeanMethods = false)
class AppRoleConfig {

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(
            DataSource appDataSource, @Value("${tweespoor.db.app-role:}") String configuredRole) {
        return flyway -> {
            var placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put(
                    "app_role",
                    StringUtils.hasText(configuredRole) ? configuredRole.trim() : signInRoleOf(appDataSource));
            flyway.placeholders(placeholders);
        };
    }

    /** The role the app's own connections use: by default, that is the one the migrations grant to. */
    private static String signInRoleOf(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select current_user")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot tell which role the app signs in as", e);
        }
    }
}
