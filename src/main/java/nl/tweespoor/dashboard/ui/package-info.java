/** The dashboard view. */
package nl.tweespoor.dashboard.ui;
