package nl.tweespoor.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mail is off until configured: {@code tweespoor.mail.enabled=true} and an SMTP server ({@code spring.mail.host}, from
 * which Spring Boot makes the sender). {@code tweespoor.mail.from} is the sender's address, {@code
 * tweespoor.mail.base-url} the address the links in the mails start with.
 */
@Component
class MailSettings {

    private final boolean enabled;
    private final String from;
    private final String baseUrl;
    private final ObjectProvider<JavaMailSender> sender;

    MailSettings(
            @Value("${tweespoor.mail.enabled:false}") boolean enabled,
            @Value("${tweespoor.mail.from:tweespoor@localhost}") String from,
            @Value("${tweespoor.mail.base-url:http://localhost:8080}") String baseUrl,
            ObjectProvider<JavaMailSender> sender) {
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.sender = sender;
    }

    /** Enabled and an SMTP server configured. */
    boolean on() {
        return enabled && sender.getIfAvailable() != null;
    }

    JavaMailSender sender() {
        return sender.getObject();
    }

    String from() {
        return from;
    }

    String link(String path) {
        return baseUrl + "/" + path;
    }
}
