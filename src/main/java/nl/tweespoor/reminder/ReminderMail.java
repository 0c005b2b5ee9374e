package nl.tweespoor.reminder;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import nl.tweespoor.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail jobs, run by the scheduler (no signed-in user) and called directly by the tests. Nothing is sent while
 * mail is off ({@link MailSettings}).
 * <p>
 * To-do mails: the to-dos are the outbox. Planning writes them in its transaction; this job, after that commit, mails
 * each owner once for all their new to-dos and marks them mailed in the same transaction, holding their rows locked
 * (a second instance skips them). A failed send rolls the marks back, so the next run tries again; a mail can go out
 * twice only if the database fails between the send and the commit. Owners who opted out, have no address or are
 * inactive get no mail; their to-dos are marked all the same (they see them under the bell).
 */
@Component
public class ReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);
    /** Owners mailed per run; the next run takes the rest. */
    private static final int OWNERS_PER_RUN = 200;

    private final ReminderRepository repository;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final ReminderMails mails;

    ReminderMail(
            ReminderRepository repository,
            MailSettings settings,
            TransactionTemplate transaction,
            Translations translations) {
        this.repository = repository;
        this.settings = settings;
        this.transaction = transaction;
        this.mails = new ReminderMails(translations, settings::link);
    }

    /** Mails the to-dos not mailed yet; the number of mails sent. Every minute unless tweespoor.mail.outbox-cron. */
    @Scheduled(cron = "${tweespoor.mail.outbox-cron:0 * * * * *}")
    public int sendPending() {
        if (!settings.on()) {
            return 0;
        }
        int sent = 0;
        for (long owner : repository.ownersToMail(OWNERS_PER_RUN)) {
            try {
                Integer one = transaction.execute(status -> mailOwner(owner));
                sent += one == null ? 0 : one;
            } catch (MailException e) {
                LOG.warn("Reminder mail not sent, tried again on the next run: {}", e.getMessage());
                break;
            }
        }
        return sent;
    }

    /**
     * The weekly digest: every owner of stale items (the STALE flag's rule) who may get mail gets one mail listing
     * them. Mondays at 07:00 unless tweespoor.mail.digest-cron. The number of mails sent.
     */
    @Scheduled(cron = "${tweespoor.mail.digest-cron:0 0 7 * * MON}")
    public int sendDigest() {
        if (!settings.on()) {
            return 0;
        }
        int days = repository.staleAfterDays();
        var staleBefore = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusDays(days);
        int sent = 0;
        for (var owner : repository.staleByReachableOwner(staleBefore).entrySet()) {
            try {
                send(owner.getKey(), mails.digest(owner.getKey(), owner.getValue(), days));
                sent++;
            } catch (MailException e) {
                LOG.warn("Digest mail not sent: {}", e.getMessage());
                break;
            }
        }
        return sent;
    }

    private int mailOwner(long owner) {
        var todos = repository.lockUnmailed(owner);
        if (todos.isEmpty()) {
            return 0;
        }
        var recipient = repository.recipient(owner);
        boolean mailed = false;
        if (recipient.isPresent() && recipient.get().reachable()) {
            send(recipient.get(), mails.todos(recipient.get(), todos));
            mailed = true;
        }
        repository.markMailed(todos.stream().map(Todo::id).toList(), OffsetDateTime.now());
        return mailed ? 1 : 0;
    }

    private void send(Recipient to, ReminderMails.Mail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to.email());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        settings.sender().send(message);
    }
}
