package nl.tweespoor.reminder;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the mail jobs of {@link ReminderMail} on their cron settings (they do nothing while mail is off). */
@Configuration
@EnableScheduling
class ReminderScheduling {}
