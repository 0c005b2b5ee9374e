package nl.tweespoor.security;

import java.security.SecureRandom;
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
 * A new installation never has a default password. With TWEESPOOR_ADMIN_PASSWORD the first admin gets that one;
 * without it, a one-time random password is logged once and must be changed at first sign-in. Runs after the demo
 * story (which brings its own accounts) and does nothing once any user exists.
 */
@Component
@Order(10)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    /** No look-alike characters (0/O, 1/l/I), so the password can be typed from a log line without doubt. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int GENERATED_LENGTH = 20;

    private final UserAccountService accounts;
    private final String username;
    private final String password;

    FirstAdminBootstrap(
            UserAccountService accounts,
            @Value("${tweespoor.admin.username:admin}") String username,
            @Value("${tweespoor.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (StringUtils.hasText(password)) {
                if (accounts.createFirstAdminIfEmpty(username, password, false)) {
                    LOG.info(
                            "Created the first admin account '{}' with the password from TWEESPOOR_ADMIN_PASSWORD.",
                            username);
                }
                return;
            }
            var generated = generatedPassword();
            if (accounts.createFirstAdminIfEmpty(username, generated, true)) {
                LOG.warn(
                        "Created the first admin account '{}'. Initial admin password (change it at first sign-in): {}",
                        username,
                        generated);
            }
        } catch (InvalidInputException refused) {
            LOG.error(
                    "No first admin was created: TWEESPOOR_ADMIN_PASSWORD breaks the password rules ({}: at least "
                            + "{} characters, not the user name, not a common password).",
                    refused.messageKey(),
                    PasswordPolicy.MIN_LENGTH);
        }
    }

    static String generatedPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
