/** Budgets: envelopes per track and year, planned and actual amounts per item and quarter, roll-ups and balance. */
package nl.tweespoor.budget;
