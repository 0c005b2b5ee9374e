package nl.tweespoor.reminder;

import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.REVIEW;
import static nl.tweespoor.db.Tables.REVIEW_TODO;
import static nl.tweespoor.db.Tables.STATUS_UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.review.ReviewState;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.FreshDatabaseForEachTest;
import nl.tweespoor.support.SignIn;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reminder mails through a real SMTP server (GreenMail): one mail per owner after planning, in the owner's language,
 * none twice, none to an owner who turned them off; the weekly digest of stale items. The jobs are called directly
 * (their schedules are off here).
 */
@SpringBootTest(
        properties = {
            "tweespoor.mail.enabled=true",
            "tweespoor.mail.from=tweespoor@noordzee.example",
            "tweespoor.mail.base-url=https://tweespoor.noordzee.example",
            "spring.mail.host=127.0.0.1",
            "tweespoor.mail.outbox-cron=-",
            "tweespoor.mail.digest-cron=-"
        })
@FreshDatabaseForEachTest
class ReminderMailTest extends DatabaseTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ReviewService reviews;

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderMail mail;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    private final String next = Quarter.of(LocalDate.now()).plus(1).toString();

    /** Every active item is due: the previous review (the demo's in progress) opened a minute ago. Mark reads English. */
    @BeforeEach
    void everyItemDue() {
        RequestContextHolder.resetRequestAttributes();
        db.update(REVIEW)
                .set(REVIEW.OPENED_AT, OffsetDateTime.now().minusMinutes(1))
                .where(REVIEW.STATUS.eq(ReviewState.IN_PROGRESS.name()))
                .execute();
        db.update(APP_USER)
                .set(APP_USER.LOCALE, "en")
                .where(APP_USER.USERNAME.eq("manager"))
                .execute();
        db.update(APP_USER)
                .set(APP_USER.LOCALE, "nl")
                .where(APP_USER.USERNAME.eq("manager2"))
                .execute();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void after_planning_each_owner_gets_one_mail_in_their_language_and_never_a_second() throws Exception {
        SignIn.as(users, "leader");
        reviews.plan(next, LocalDate.now().plusDays(7));
        SecurityContextHolder.clearContext();

        int sent = mail.sendPending();

        var english = to("manager@noordzee.example");
        var dutch = to("manager2@noordzee.example");
        assertThat(english).hasSize(1);
        assertThat(dutch).hasSize(1);
        assertThat(english.getFirst().getSubject())
                .isEqualTo("Before the review of " + next + ": please update your items");
        assertThat(body(english.getFirst()))
                .startsWith("Hello Mark de Vries,")
                .contains("The review of " + next + " meets on")
                .contains("https://tweespoor.noordzee.example/notifications")
                .contains("- " + oneTitleOf("manager") + ": https://tweespoor.noordzee.example/");
        assertThat(english.getFirst().getFrom()[0].toString()).isEqualTo("tweespoor@noordzee.example");
        assertThat(dutch.getFirst().getSubject()).isEqualTo("Voor de review van " + next + ": werk uw items bij");
        assertThat(body(dutch.getFirst())).startsWith("Beste Sanne Bakker,").contains("vergadert op");
        assertThat(SMTP.getReceivedMessages()).hasSize(sent);
        assertThat(db.fetchCount(REVIEW_TODO, REVIEW_TODO.MAILED_AT.isNull())).isZero();

        assertThat(mail.sendPending()).as("every to-do mailed once").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(sent);
    }

    @Test
    void an_owner_who_turned_reminder_mails_off_gets_none() throws Exception {
        SignIn.as(users, "manager2");
        reminders.setEmailReminders(false);
        SignIn.as(users, "leader");
        reviews.plan(next, LocalDate.now().plusDays(7));
        SecurityContextHolder.clearContext();

        mail.sendPending();
        mail.sendDigest();

        assertThat(to("manager2@noordzee.example")).isEmpty();
        assertThat(to("manager@noordzee.example")).isNotEmpty();
        assertThat(db.fetchCount(
                        REVIEW_TODO, REVIEW_TODO.OWNER_ID.eq(userId("manager2")), REVIEW_TODO.MAILED_AT.isNull()))
                .as("marked all the same: they are under the bell")
                .isZero();
    }

    @Test
    void the_weekly_digest_lists_an_owners_stale_items_in_their_language() throws Exception {
        long item = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.OWNER_ID.eq(userId("manager")), INITIATIVE.STAGE.in(Stage.ACTIVE))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
        // a year without any sign of life
        db.update(STATUS_UPDATE)
                .set(STATUS_UPDATE.CREATED_AT, DSL.currentOffsetDateTime().minus(400))
                .where(STATUS_UPDATE.INITIATIVE_ID.eq(item))
                .execute();
        db.update(INITIATIVE)
                .set(INITIATIVE.CREATED_AT, DSL.currentOffsetDateTime().minus(400))
                .where(INITIATIVE.ID.eq(item))
                .execute();

        int sent = mail.sendDigest();

        var digest = to("manager@noordzee.example");
        assertThat(sent).isPositive();
        assertThat(digest).hasSize(1);
        assertThat(digest.getFirst().getSubject()).startsWith("Weekly digest: ").endsWith("need a status update");
        assertThat(body(digest.getFirst()))
                .contains("have had no status update for more than")
                .contains("- " + db.fetchValue(INITIATIVE.TITLE, INITIATIVE.ID.eq(item)) + ": ");
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0]
                                .toString()
                                .equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private String oneTitleOf(String username) {
        return db.select(INITIATIVE.TITLE)
                .from(INITIATIVE)
                .join(REVIEW_TODO)
                .on(REVIEW_TODO.INITIATIVE_ID.eq(INITIATIVE.ID))
                .where(REVIEW_TODO.OWNER_ID.eq(userId(username)))
                .orderBy(INITIATIVE.TITLE)
                .limit(1)
                .fetchSingle(INITIATIVE.TITLE);
    }

    private long userId(String username) {
        return db.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq(username));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
