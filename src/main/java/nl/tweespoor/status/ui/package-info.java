/** Posting status updates, their timeline, and the "my items" list. */
package nl.tweespoor.status.ui;
