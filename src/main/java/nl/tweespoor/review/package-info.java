/** Quarterly stop-or-continue reviews: agenda with evidence, decisions, closing with effects, decision log. */
package nl.tweespoor.review;
