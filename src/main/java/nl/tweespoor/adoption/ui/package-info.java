/** The adoption signals view. */
package nl.tweespoor.adoption.ui;
