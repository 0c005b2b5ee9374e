/** The comment thread shown on item pages. */
package nl.tweespoor.comment.ui;
