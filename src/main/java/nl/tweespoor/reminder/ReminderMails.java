package nl.tweespoor.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;

/** The texts of the reminder and digest mails, in the recipient's language, as plain text with full links. */
final class ReminderMails {

    /** A digest names this many items; the rest are counted. */
    static final int DIGEST_ITEMS = 25;

    record Mail(String subject, String body) {}

    private final Translations translations;
    private final Function<String, String> link;

    ReminderMails(Translations translations, Function<String, String> link) {
        this.translations = translations;
        this.link = link;
    }

    /** One mail for all of an owner's new to-dos, grouped by review. */
    Mail todos(Recipient to, List<Todo> todos) {
        var locale = to.language();
        var byReview = new LinkedHashMap<String, List<Todo>>();
        todos.forEach(t ->
                byReview.computeIfAbsent(t.quarter(), q -> new ArrayList<>()).add(t));
        var body = new StringBuilder(t(to, "reminder.mail.greeting", to.displayName())).append("\n\n");
        byReview.forEach((quarter, ofReview) -> {
            var date = ofReview.getFirst().meetingDate();
            body.append(
                            date == null
                                    ? t(to, "reminder.mail.review-undated", quarter)
                                    : t(to, "reminder.mail.review", quarter, Formats.day(date, locale)))
                    .append('\n');
            ofReview.forEach(todo -> line(body, todo.title(), todo.itemPath()));
            body.append('\n');
        });
        body.append(t(to, "reminder.mail.footer", link.apply("notifications")));
        var quarters = String.join(", ", byReview.keySet());
        return new Mail(t(to, "reminder.mail.subject", quarters), body.toString());
    }

    /** The weekly digest of an owner's stale items. */
    Mail digest(Recipient to, List<MailItem> stale, int staleAfterDays) {
        var body = new StringBuilder(t(to, "reminder.mail.greeting", to.displayName())).append("\n\n");
        body.append(t(to, "reminder.digest.intro", stale.size(), staleAfterDays))
                .append('\n');
        stale.stream().limit(DIGEST_ITEMS).forEach(item -> line(body, item.title(), item.path()));
        if (stale.size() > DIGEST_ITEMS) {
            body.append(t(to, "reminder.digest.more", stale.size() - DIGEST_ITEMS))
                    .append('\n');
        }
        body.append('\n').append(t(to, "reminder.mail.footer", link.apply("notifications")));
        return new Mail(t(to, "reminder.digest.subject", stale.size()), body.toString());
    }

    private void line(StringBuilder body, String title, String path) {
        body.append("- ").append(title).append(": ").append(link.apply(path)).append('\n');
    }

    private String t(Recipient to, String key, Object... params) {
        return translations.getTranslation(key, to.language(), params);
    }
}
