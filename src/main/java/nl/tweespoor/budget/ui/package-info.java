/** The budget page and the quarter-by-quarter budget grid of an item. */
@NullMarked
package nl.tweespoor.budget.ui;

import org.jspecify.annotations.NullMarked;
