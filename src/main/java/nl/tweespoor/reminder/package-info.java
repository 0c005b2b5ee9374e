/**
 * Reminders before the review: to-dos for owners whose items have no update since the previous review (made when a
 * review is planned), the e-mails about them (sent after commit from the to-dos as an outbox) and the weekly digest
 * of stale items.
 */
@NullMarked
package nl.tweespoor.reminder;

import org.jspecify.annotations.NullMarked;
