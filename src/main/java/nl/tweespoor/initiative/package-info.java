/** Experiments (personal track) and programmes (strategic track): finding, proposing and editing them. */
@NullMarked
package nl.tweespoor.initiative;

import org.jspecify.annotations.NullMarked;
