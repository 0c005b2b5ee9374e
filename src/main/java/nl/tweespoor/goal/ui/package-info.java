/** The strategic goals page. */
@NullMarked
package nl.tweespoor.goal.ui;

import org.jspecify.annotations.NullMarked;
