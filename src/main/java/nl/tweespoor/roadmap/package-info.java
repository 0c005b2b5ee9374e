/** The two-lane roadmap: both tracks over quarters. */
@NullMarked
package nl.tweespoor.roadmap;

import org.jspecify.annotations.NullMarked;
