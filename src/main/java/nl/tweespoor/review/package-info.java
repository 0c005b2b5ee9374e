/** Quarterly stop-or-continue reviews: agenda with evidence, decisions, closing with effects, decision log. */
@NullMarked
package nl.tweespoor.review;

import org.jspecify.annotations.NullMarked;
