/** Posting status updates, their timeline, and the "my items" list. */
@NullMarked
package nl.tweespoor.status.ui;

import org.jspecify.annotations.NullMarked;
