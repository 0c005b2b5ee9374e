/** The adoption signals view. */
@NullMarked
package nl.tweespoor.adoption.ui;

import org.jspecify.annotations.NullMarked;
