package nl.tweespoor.security;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.AUDIT_EVENT;
import static nl.tweespoor.db.Tables.USER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.tweespoor.base.DemoMode;
import nl.tweespoor.support.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A new installation on a database the app sees as external, started without TWEESPOOR_ADMIN_PASSWORD and even with
 * tweespoor.demo-data=true: no demo data, no demo accounts, and one admin with a one-time random password that is
 * logged once and must be changed at first sign-in.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@TestPropertySource(properties = {"tweespoor.test.demo-story=false", "tweespoor.demo-data=true"})
class FirstStartTest {

    private static final Pattern PASSWORD_LINE =
            Pattern.compile("Initial admin password \\(change it at first sign-in\\): (\\S+)$", Pattern.MULTILINE);

    @Autowired
    DSLContext db;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    FirstAdminBootstrap bootstrap;

    @Autowired
    DemoMode demoMode;

    @Test
    void the_first_start_creates_admin_with_a_logged_one_time_password_and_no_demo_accounts(CapturedOutput output) {
        var logged = PASSWORD_LINE.matcher(output.getAll());
        assertThat(logged.find()).as("a log line ending with the password").isTrue();
        var password = logged.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        var admin = db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle();
        assertThat(passwordEncoder.matches(password, admin.getPasswordHash())).isTrue();
        assertThat(admin.getMustChangePassword()).isTrue();
        assertThat(db.fetchValues(USER_ROLE.ROLE, USER_ROLE.USER_ID.eq(admin.getId())))
                .containsExactlyInAnyOrder("ADMIN", "LEADER");
        assertThat(db.fetchCount(APP_USER)).isEqualTo(1);
        assertThat(db.fetchExists(
                        AUDIT_EVENT, AUDIT_EVENT.KIND.eq("USER_CREATED").and(AUDIT_EVENT.ENTITY_ID.eq(admin.getId()))))
                .as("the creation is audited")
                .isTrue();
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.KIND.eq("DEMO_DATA_LOADED")))
                .isFalse();
        assertThat(demoMode.isOn()).as("no demo badge on an external database").isFalse();
    }

    @Test
    void a_later_start_creates_no_second_admin_and_logs_no_password(CapturedOutput output) throws Exception {
        int linesBefore = count(output.getAll());
        bootstrap.run(null);

        assertThat(db.fetchCount(APP_USER)).isEqualTo(1);
        assertThat(count(output.getAll())).isEqualTo(linesBefore);
    }

    @Test
    void generated_passwords_differ_and_avoid_look_alike_characters() {
        var first = FirstAdminBootstrap.generatedPassword();
        assertThat(first).isNotEqualTo(FirstAdminBootstrap.generatedPassword()).doesNotContainPattern("[0O1lI]");
    }

    private static int count(String output) {
        int lines = 0;
        for (var matcher = PASSWORD_LINE.matcher(output); matcher.find(); ) {
            lines++;
        }
        return lines;
    }
}
