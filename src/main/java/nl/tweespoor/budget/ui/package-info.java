/** The budget page and the quarter-by-quarter budget grid of an item. */
package nl.tweespoor.budget.ui;
