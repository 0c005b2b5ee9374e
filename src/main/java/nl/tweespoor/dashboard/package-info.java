/** The board's one-look overview of the portfolio. */
@NullMarked
package nl.tweespoor.dashboard;

import org.jspecify.annotations.NullMarked;
