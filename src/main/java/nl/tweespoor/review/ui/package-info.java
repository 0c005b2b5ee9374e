/** Review list, the review meeting page and the decision log. */
@NullMarked
package nl.tweespoor.review.ui;

import org.jspecify.annotations.NullMarked;
