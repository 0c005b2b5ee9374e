/** The roadmap view. */
package nl.tweespoor.roadmap.ui;
