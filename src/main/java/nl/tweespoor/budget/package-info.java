/** Budgets: envelopes per track and year, planned and actual amounts per item and quarter, roll-ups and balance. */
@NullMarked
package nl.tweespoor.budget;

import org.jspecify.annotations.NullMarked;
