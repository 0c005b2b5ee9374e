/** The roadmap view. */
@NullMarked
package nl.tweespoor.roadmap.ui;

import org.jspecify.annotations.NullMarked;
