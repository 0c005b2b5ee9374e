/** The bell in the header with the count of open to-dos, and the to-do list with the e-mail setting. */
@NullMarked
package nl.tweespoor.reminder.ui;

import org.jspecify.annotations.NullMarked;
