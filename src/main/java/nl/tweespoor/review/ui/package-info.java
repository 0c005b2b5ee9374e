/** Review list, the review meeting page and the decision log. */
package nl.tweespoor.review.ui;
