package nl.tweespoor.security;

import nl.tweespoor.base.InvalidInputException;
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
        try {
            if (accounts.createFirstAdminIfEmpty(username, password)) {
                LOG.info("Created the first admin account '{}'.", username);
            }
        } catch (InvalidInputException weak) {
            LOG.warn("TWEESPOOR_ADMIN_PASSWORD breaks the password rules ({}: at least {} characters, not the user "
                    + "name, not a common password); no admin was created.", weak.messageKey(),
                    PasswordPolicy.MIN_LENGTH);
        }
    }
}
