/** The comment thread shown on item pages. */
@NullMarked
package nl.tweespoor.comment.ui;

import org.jspecify.annotations.NullMarked;
