package nl.tweespoor.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On an empty external database there is no default password: the first admin is created only when
 * TWEESPOOR_ADMIN_PASSWORD is set.
 */
@Component
@Order(10)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserAccountService accounts;
    private final String username;
    private final String password;

    FirstAdminBootstrap(UserAccountService accounts,
            @Value("${tweespoor.admin.username:admin}") String username,
            @Value("${tweespoor.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(password)) {
            return;
        }
        if (password.length() < 12) {
            LOG.warn("TWEESPOOR_ADMIN_PASSWORD is shorter than 12 characters; no admin was created.");
            return;
        }
        if (accounts.createFirstAdminIfEmpty(username, password)) {
            LOG.info("Created the first admin account '{}'.", username);
        }
    }
}
