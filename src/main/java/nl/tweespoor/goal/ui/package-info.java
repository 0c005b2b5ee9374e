/** The strategic goals page. */
package nl.tweespoor.goal.ui;
