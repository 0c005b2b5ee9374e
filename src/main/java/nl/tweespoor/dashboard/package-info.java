/** The board's one-look overview of the portfolio. */
package nl.tweespoor.dashboard;
